/* A stand-in for bcryptprimitives.dll, for scripts/wine-check.sh only: wine
 * 8.0 (Debian 12) lacks the DLL, which every Windows 10 and 11 has and where
 * Rust's standard library takes its random numbers from (ProcessPrng). It
 * answers with advapi32's RtlGenRandom. Never shipped in the zip. */
#include <windows.h>
/* advapi32's RtlGenRandom */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
