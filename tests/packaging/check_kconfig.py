"""check_kconfig.py KCONFIG: parses the Zephyr module's Kconfig file with
Kconfiglib (the parser Zephyr itself uses) and checks that it declares
HTTPCODEC, a bool with a prompt that users can turn on, off by default.
Prints what it checked; exits 1 on failure."""

import sys

import kconfiglib

try:
    kconf = kconfiglib.Kconfig(sys.argv[1], warn_to_stderr=False)
except kconfiglib.KconfigError as e:
    sys.exit("packaging: FAIL: %s does not parse: %s" % (sys.argv[1], e))
for w in kconf.warnings:
    sys.exit("packaging: FAIL: Kconfig warning: %s" % w)
sym = kconf.syms.get("HTTPCODEC")
if sym is None or sym.type != kconfiglib.BOOL or not sym.nodes or not sym.nodes[0].prompt:
    sys.exit("packaging: FAIL: %s: no prompted bool HTTPCODEC" % sys.argv[1])
if sym.str_value != "n":
    sys.exit("packaging: FAIL: CONFIG_HTTPCODEC defaults to %s, not n" % sym.str_value)
if not sym.set_value(2) or sym.str_value != "y":
    sys.exit("packaging: FAIL: CONFIG_HTTPCODEC cannot be set to y")
print("packaging: ok: %s: CONFIG_HTTPCODEC, bool \"%s\", default n, can be set to y"
      % (sys.argv[1], sym.nodes[0].prompt[0]))
