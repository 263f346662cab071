"""Module docstring: stored as __doc__ by the module code."""

import sys

VERSION = (1, 2)


def main(argv):
    print(__doc__.split(":")[0], __name__, len(argv) >= 1, VERSION)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
