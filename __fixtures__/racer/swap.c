/*
 * Test helper: swaps each pair of paths given on the command line with
 * renameat2(RENAME_EXCHANGE), as fast as it can, until killed. Failures (a
 * path missing at that instant) are ignored. Prints "ready" once started.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

int main(int argc, char **argv) {
  if (argc < 3 || argc % 2 == 0) {
    fprintf(stderr, "usage: swap A1 B1 [A2 B2 ...]\n");
    return 2;
  }
  printf("ready\n");
  fflush(stdout);
  for (unsigned long n = 0;; n++) {
    for (int i = 1; i + 1 < argc; i += 2)
      syscall(SYS_renameat2, AT_FDCWD, argv[i], AT_FDCWD, argv[i + 1], RENAME_EXCHANGE);
  }
}
