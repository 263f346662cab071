# A larger volume of output: many lines, long lines and mixed print/sys.stdout.write (buffering order preserved).
import sys
for i in range(200):
    print(f"line {i:03d}", "x" * (i % 37))
sys.stdout.write("written " * 50 + "\n")
print("-" * 500)
n = sys.stdout.write("partial ")
print(n)
print(*range(100))
for block in range(3):
    sys.stdout.write("".join(f"[{block}.{j}]" for j in range(40)) + "\n")
print("\n".join(str(k * k) for k in range(50)))
