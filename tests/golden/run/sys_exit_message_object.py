# SystemExit with a non-int, non-str object: its str() goes to stderr and the status is 1.
class Status:
    def __str__(self):
        return "status object says goodbye"
    def __repr__(self):
        return "Status()"
e = SystemExit(Status())
print("out", repr(e.code), str(e), e.args)
print("two args:", SystemExit(1, 2).code)
raise e
