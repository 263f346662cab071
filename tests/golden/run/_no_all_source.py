visible = 1
_hidden = 2
def helper():
    return "helper"
