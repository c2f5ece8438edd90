/*
 * PDFs whose Launch action starts a command interpreter or a script host:
 * no legitimate document needs to open cmd.exe or PowerShell.
 */
rule Rempart_PDF_Launch_Shell
{
    meta:
        description = "PDF that launches cmd, PowerShell or a script host"
        threat = "malware"
    strings:
        $launch = /\/Launch\b/
        $shell1 = "cmd.exe" nocase
        $shell2 = "powershell" nocase
        $shell3 = "mshta" nocase
        $shell4 = "wscript" nocase
        $shell5 = "cscript" nocase
        $shell6 = "/bin/sh"
    condition:
        uint32(0) == 0x46445025 and filesize < 20MB and $launch and any of ($shell*)
}
