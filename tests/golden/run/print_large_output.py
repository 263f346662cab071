# A larger volume of output: many lines, long lines and mixed print/sys.stdout.write (buffering order preserved).
import sys
for i in range(200):
    print(f"line {i:03d}", "x" * (i % 37))
sys.stdout.write("written " * 50 + "\n")
print("-" * 500)
n = sys.stdout.write("partial ")
print(n)
print(*range(100))
