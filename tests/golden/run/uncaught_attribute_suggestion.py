# An uncaught AttributeError on an instance gets a "Did you mean" suggestion from its attributes.
class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3
cfg = Config()
print(cfg.timeout)
print(cfg.timout)
