# exit(N) from the site module: no traceback, the exit status N.
import sys
print("leaving")
sys.stdout.flush()
exit(4)
print("not reached")
