# input() reads lines from stdin (fed from builtins_input_stdin.stdin); EOFError at the end.
import sys
name = input()
print("name:", name)
age = int(input("age? "))
print("next year:", age + 1)
nums = list(map(int, input().split()))
print("sum:", sum(nums))
rest = sys.stdin.readline()
print("readline:", repr(rest))
try:
    while True:
        line = input()
        print("line:", repr(line))
except EOFError as e:
    print("EOFError:", repr(e))
