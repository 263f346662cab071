# SystemExit(True) means status 1; statuses are taken modulo 256 by the OS (here 258 -> 2).
import sys
print("exit True? no: exit 258")
sys.exit(258)
