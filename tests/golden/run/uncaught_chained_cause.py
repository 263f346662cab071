# Uncaught exception with an explicit cause: "The above exception was the direct cause..." separator.
class ConfigError(Exception):
    pass
def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise ConfigError("port not configured") from e
print(load({"port": 80}))
try:
    load({})
except ConfigError as e:
    print("caught once:", repr(e.__cause__))
load({})
