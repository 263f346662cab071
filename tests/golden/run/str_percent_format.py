# printf-style % formatting of str.
print("%s %r %a" % ("x", "y", "é"))
print("%d %i %u %5d %-5d| %05d %+d % d" % (1, 2, 3, 4, 5, 6, 7, 8))
print("%x %X %#x %o %#o %e %E %f %F %g %G" % (255, 255, 255, 8, 8, 1.5, 1.5, 1.5, 1.5, 1e-7, 1e20))
print("%c%c %5.2s| %.1s" % ("A", 66, "abcdef", "xyz"))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 7})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("100%%", "%s" % [1, 2], "%s" % ((1, 2),), "%s-%s" % (1, 2), "%s" % None)
print("%d" % 3.9, "%d" % True, "%s" % 1.0, "%r" % 1.0, "%.3g" % 1234.5)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 5), ("%c", 1 << 30)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(b"%s %d %x" % (b"bytes", 5, 255), b"%c" % 65, b"%r" % "s" if False else b"%a" % "é")
