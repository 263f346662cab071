# format() / f-string specs on floats.
x = 1234.5678
for spec in ["", ".2f", ".0f", "10.3f", "<12.1f", "^12.1f", "+.3f", " .3f", "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", ",.2f", "_.2f", "012.2f", "=+12.2f", "n", "#.0f", ".3a" if False else "r"]:
    try:
        print(repr(spec), "->", repr(format(x, spec)))
    except ValueError as e:
        print(repr(spec), "-> ValueError:", e)
for v in [0.0, -0.0, 1e-7, 1e16, 123456789.123, 0.5, 2.5, 1.25, -1.5e-10, 100.0]:
    print(f"{v} {v:g} {v:.3} {v:e} {v:f} {v:.1f} {v:10.4g}|")
print(f"{3.14159:*^15.3f}|{2.0:#g}|{2.0:.0e}|{0.000123:.2g}|{1e5:g}|{1e6:g}|{123456.0:.2e}")
print("%.3f %10.2e %-8.1f| %g %G %5.1f%% %+d" % (3.14159, 12345.678, 2.5, 0.00001, 1e20, 99.5, 3))
print("{:.2f} {:>8.3f} {:,}".format(2 / 3, -1 / 7, 1234567.891))
print(str(1e-5), str(1.5e300), repr(-1e-300), 1e+16 + 1, 2.0 ** 53 + 1)
