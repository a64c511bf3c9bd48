/* Start-up for Cortex-M boards under qemu-system-arm, with no C library:
   the vector table, a reset handler that sets up .data and .bss, runs the
   tests (runner.c) and reports the stack's depth, ARM semihosting for the
   console and the exit status. The memory helpers gcc may call are in
   mem.c.

   Semihosting (bkpt 0xab, r0 the operation, r1 its argument) needs qemu's
   -semihosting-config enable=on,target=native. SYS_EXIT's reason on
   AArch32 is the whole status: ADP_Stopped_ApplicationExit makes qemu exit
   0, any other reason 1. */
#include "emb.h"

#define SYS_WRITE0 0x04
#define SYS_EXIT 0x18
#define ADP_Stopped_ApplicationExit 0x20026
#define ADP_Stopped_RunTimeErrorUnknown 0x20023
#define STACK_PAINT 0xA5C35A3Cu

static int semihost(int op, const void *arg)
{
    register int r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

void emb_puts(const char *s) { semihost(SYS_WRITE0, s); }

static void __attribute__((noreturn)) emb_exit(int ok)
{
    semihost(SYS_EXIT, (const void *)(uintptr_t)(ok ? ADP_Stopped_ApplicationExit
                                                    : ADP_Stopped_RunTimeErrorUnknown));
    for (;;)
        ;
}

/* From the linker script. */
extern uint32_t __stack_top[], __data_load[], __data_start[], __data_end[], __bss_start[],
    __bss_end[];

void reset_handler(void);
void fault_handler(void);

void __attribute__((noreturn)) reset_handler(void)
{
    uint32_t *s = __data_load, *d = __data_start;
#ifdef EMB_UNALIGN_TRAP
    /* Unaligned word and halfword accesses fault (ARMv7-M CCR.UNALIGN_TRP),
       as on a real Cortex-M0 (qemu's does not check): the codec promises
       none outside SIMD paths. Built with -mno-unaligned-access, so that
       gcc does not merge byte loads into unaligned ones, which ARMv7-M
       allows by default and is not what this looks for. */
    *(volatile uint32_t *)0xE000ED14u |= 1u << 3;
#endif
    while (d < __data_end)
        *d++ = *s++;
    uint32_t *sp;
    for (d = __bss_start; d < __bss_end; d++)
        *d = 0;
    /* The free RAM painted, to see afterwards how deep the stack went. */
    __asm__ volatile("mov %0, sp" : "=r"(sp));
    for (d = __bss_end; d < sp - 16; d++)
        *d = STACK_PAINT;
    emb_run();
    for (d = __bss_end; d < __stack_top && *d == STACK_PAINT; d++)
        ;
    emb_puts("stack: ");
    emb_put_u((unsigned long)((char *)__stack_top - (char *)d));
    emb_puts(" bytes used, ");
    emb_put_u((unsigned long)((char *)d - (char *)__bss_end));
    emb_puts(" never touched\n");
    emb_check((char *)d - (char *)__bss_end >= 256, "stack: less than 256 bytes to spare");
    emb_exit(emb_summary() == 0);
}

/* A fault (an unaligned access, say) ends the run, failed, naming the
   exception and the address of the instruction (the stacked PC). */
void __attribute__((noreturn, used)) fault_report(const uint32_t *frame, uint32_t ipsr);
void __attribute__((noreturn, used)) fault_report(const uint32_t *frame, uint32_t ipsr)
{
    static const char hex[] = "0123456789abcdef";
    char pc[11];
    uint32_t v = frame[6];
    int i;
    pc[0] = '0';
    pc[1] = 'x';
    for (i = 0; i < 8; i++)
        pc[2 + i] = hex[(v >> (28 - 4 * i)) & 15];
    pc[10] = '\0';
    emb_puts("FAIL: the processor took exception ");
    emb_puts(ipsr == 3 ? "HardFault" : ipsr == 4 ? "MemManage" : ipsr == 5 ? "BusFault"
             : ipsr == 6 ? "UsageFault" : "(other)");
    emb_puts(" at pc ");
    emb_puts(pc);
    emb_puts("\n");
    emb_exit(0);
}

__attribute__((naked)) void fault_handler(void)
{
    __asm__ volatile("mrs r0, msp\n"
                     "mrs r1, ipsr\n"
                     "ldr r2, =fault_report\n"
                     "bx r2\n");
}

typedef void (*vector)(void);
__attribute__((section(".vectors"), used)) static const vector vectors[16] = {
    (vector)(uintptr_t)__stack_top, /* initial stack pointer */
    reset_handler,
    fault_handler, /* NMI */
    fault_handler, /* HardFault */
    fault_handler, /* MemManage */
    fault_handler, /* BusFault */
    fault_handler, /* UsageFault */
    0, 0, 0, 0,
    fault_handler, /* SVCall */
    fault_handler, /* DebugMonitor */
    0,
    fault_handler, /* PendSV */
    fault_handler, /* SysTick */
};
