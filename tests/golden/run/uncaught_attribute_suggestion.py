# An uncaught AttributeError on an instance gets a "Did you mean" suggestion from its attributes.
class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3
cfg = Config()
print(cfg.timeout)
try:
    cfg.retires
except AttributeError as e:
    print("caught:", e, "| name:", e.name, "| obj is cfg:", e.obj is cfg)
print(cfg.timout)
