#include "package/atomic_file.h"

#include <fcntl.h>
#include <limits.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace vanban::package {

namespace {

// The temporary files being written, where a signal handler can find them: fixed
// slots with a lock-free state (atomics on int are async-signal-safe; a mutex or a
// std::vector is not).
struct TempSlot {
  std::atomic<int> state{0};  // 0 free, 1 being filled in, 2 holds a live path
  char path[PATH_MAX]{};
};
constexpr int kSlots = 256;  // writes in flight at once: one per worker thread
// Zeroed by the loader (constinit: no start-up code). A constructor run at start-up
// would write every slot's state, touching all 1 MiB: 256 page faults on each run.
constinit TempSlot slots[kSlots];
static_assert(std::atomic<int>::is_always_lock_free);

// Records `path` before the file is created; -1 when every slot is busy (the write
// goes on, only without clean-up on a signal).
int remember(const std::string& path) {
  if (path.size() >= PATH_MAX) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = 0;
    if (slots[i].state.compare_exchange_strong(expected, 1)) {
      std::memcpy(slots[i].path, path.c_str(), path.size() + 1);
      slots[i].state.store(2);
      return i;
    }
  }
  return -1;
}

// Creating a temporary file is a window a signal must not fall into unseen: a thread
// between remembering a name and creating the file would create it after the handler
// looked. So a creating thread counts itself in, and the handler first says it is
// ending (`ending`) and then waits for the count to drop. With sequentially consistent
// atomics either the handler sees the thread's count (and waits for its file to be
// there to remove) or the thread sees `ending` (and creates nothing).
std::atomic<int> creating{0};
std::atomic<bool> ending{false};
static_assert(std::atomic<bool>::is_always_lock_free);

// Forgets the slot once the file is renamed or removed.
struct Remembered {
  int slot;
  ~Remembered() {
    if (slot >= 0) slots[slot].state.store(0);
  }
};

}  // namespace

void remove_temporary_files() noexcept {
  ending.store(true);
  // Bounded: the signal may have landed on a thread inside its own window, which
  // cannot leave it while the handler runs (its name is remembered, so a file it has
  // created is removed below).
  for (int i = 0; i < 200 && creating.load() > 0; ++i) {
    const timespec ms{0, 1'000'000};
    ::nanosleep(&ms, nullptr);
  }
  for (auto& s : slots)
    if (s.state.load() == 2) ::unlink(s.path);
}

std::string write_atomically(const std::string& path, std::string_view data, bool sync) {
  // A new file beside the target (rename(2) is atomic only within one file system),
  // created with O_EXCL under a name no other writer uses: this process's id and a
  // counter. It gets the usual mode at once, so no chmod is needed.
  static std::atomic<unsigned long> counter{0};
  std::string tmp;
  int fd = -1;
  Remembered slot{-1};
  creating.fetch_add(1);
  if (ending.load()) {  // the program is being interrupted: create nothing more
    creating.fetch_sub(1);
    return path + ": not written: interrupted";
  }
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    tmp = path + ".vanban-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    if (slot.slot >= 0) slots[slot.slot].state.store(0);
    slot.slot = remember(tmp);  // before the file exists, so a signal always finds it
    fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  const int open_errno = errno;
  creating.fetch_sub(1);
  if (fd < 0) return path + ": cannot create a temporary file: " + std::strerror(open_errno);
  size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(tmp.c_str());
      return path + ": cannot write: " + why;
    }
    done += static_cast<size_t>(n);
  }
  if ((sync && ::fsync(fd) != 0) || ::close(fd) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(tmp.c_str());
    return path + ": cannot write: " + why;
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(tmp.c_str());
    return path + ": cannot rename the temporary file into place: " + why;
  }
  return {};
}

std::string sync_directory(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return dir + ": cannot open: " + std::strerror(errno);
  const bool ok = ::syncfs(fd) == 0 && ::fsync(fd) == 0;
  const std::string why = ok ? "" : std::strerror(errno);
  ::close(fd);
  return ok ? "" : dir + ": cannot sync: " + why;
}

}  // namespace vanban::package
