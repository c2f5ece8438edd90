/*
 * The EICAR antivirus test file: every scanner must recognise it, so a
 * gateway can be tested end to end without real malware. Matching the
 * string anywhere (not only at offset 0, as the EICAR definition asks) is
 * what ClamAV's own signature does too.
 */
rule EICAR_Test_File
{
    meta:
        name = "Eicar-Test-Signature"
        description = "EICAR antivirus test file"
        threat = "malware"
    strings:
        $eicar = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
    condition:
        $eicar
}
