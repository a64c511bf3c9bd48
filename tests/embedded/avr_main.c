/* Start-up for AVR under simavr (16-bit int and size_t): avr-libc's C
   start-up and <avr/io.h> only (no stdio, no malloc). The console is
   USART0, which simavr prints line by line; simavr's own exit status says
   nothing about the program, so tests/cross.sh looks for the result line
   "N passed, 0 failed" in what it printed. The program ends with
   interrupts off and the CPU asleep, which ends the simulation. */
#include <avr/interrupt.h>
#include <avr/io.h>
#include <avr/sleep.h>
#include "emb.h"

static void uart_put(char c)
{
    while (!(UCSR0A & (1 << UDRE0)))
        ;
    UDR0 = (uint8_t)c;
}

void emb_puts(const char *s)
{
    while (*s)
        uart_put(*s++);
}

extern uint8_t __bss_end[]; /* avr-libc's linker script: the end of .bss */

int main(void)
{
    uint8_t *p;
    UBRR0 = 0; /* the fastest rate: simavr takes the bytes at any rate */
    UCSR0B = 1 << TXEN0;
    UCSR0C = 3 << UCSZ00; /* 8N1 */
    /* The free RAM painted, to see afterwards how deep the stack went. */
    for (p = __bss_end; p < (uint8_t *)SP - 32; p++)
        *p = 0xA5;
    emb_run();
    for (p = __bss_end; p <= (uint8_t *)RAMEND && *p == 0xA5; p++)
        ;
    emb_puts("stack: ");
    emb_put_u((unsigned long)((uint8_t *)RAMEND + 1 - p));
    emb_puts(" bytes used, ");
    emb_put_u((unsigned long)(p - __bss_end));
    emb_puts(" never touched\n");
    emb_check(p - __bss_end >= 128, "stack: less than 128 bytes to spare");
    emb_summary();
    while (!(UCSR0A & (1 << UDRE0)))
        ;
    cli();
    sleep_enable();
    for (;;)
        sleep_cpu();
}
