# SystemExit with a non-int, non-str object: its str() goes to stderr and the status is 1.
class Status:
    def __str__(self):
        return "status object says goodbye"
print("out")
raise SystemExit(Status())
