#!/bin/sh
# check_object.sh OBJ: the compiled header needs nothing from libc (only the
# compiler's own runtime helpers and memcpy/memmove/memset, which a freestanding C
# compiler may emit for struct copies) and holds no writable global state
# (no .data or .bss). On AVR the runtime helpers include avr-libc's start-up
# hooks (__do_copy_data copies constants to RAM) and the multiply and divide
# routines.
obj=$1
undefined=$(nm -u "$obj" | awk '{print $2}' |
    grep -v -E '^(__aeabi_|__mspabi_|__udivdi3|__umoddi3|_GLOBAL_OFFSET_TABLE_|memcpy$|memmove$|memset$)' |
    grep -v -E '^(__do_copy_data|__do_clear_bss|__mul[a-z0-9]+|__u?divmod[a-z0-9]+)$' || true)
if [ -n "$undefined" ]; then
    echo "check_object: $obj needs symbols the header may not use: $undefined" >&2
    exit 1
fi
writable=$(size -A "$obj" | awk '($1 ~ /^\.(data|bss)/) && $2 > 0 {print $1}')
if [ -n "$writable" ]; then
    echo "check_object: $obj has writable global state: $writable" >&2
    exit 1
fi
echo "check_object: $obj: no libc symbols, no writable globals"
