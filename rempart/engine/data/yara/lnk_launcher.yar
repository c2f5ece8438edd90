/*
 * Windows shortcuts (LNK) that launch a script host with hidden windows,
 * encoded commands or a download: the shortcut-in-an-archive delivery of
 * Emotet, Qakbot and Bumblebee. A shortcut to a program with ordinary
 * arguments does not match: a launcher alone is not enough, it also needs
 * one of the tell-tale arguments.
 */
rule Rempart_LNK_Script_Launcher
{
    meta:
        description = "Shortcut that runs PowerShell, mshta, cmd or a script host with hiding or downloading arguments"
        threat = "malware"
    strings:
        $ps = "powershell" nocase wide ascii
        $pwsh = "pwsh" nocase wide ascii
        $mshta = "mshta" nocase wide ascii
        $cmd = "cmd.exe" nocase wide ascii
        $cmd2 = "cmd /c" nocase wide ascii
        $wscript = "wscript" nocase wide ascii
        $cscript = "cscript" nocase wide ascii
        $rundll = "rundll32" nocase wide ascii
        $regsvr = "regsvr32" nocase wide ascii
        $curl = "curl" nocase wide ascii fullword
        $bits = "bitsadmin" nocase wide ascii
        $certutil = "certutil" nocase wide ascii

        $hidden1 = "-w hidden" nocase wide ascii
        $hidden2 = "-windowstyle hidden" nocase wide ascii
        $hidden3 = "-w 1 " nocase wide ascii
        $enc1 = "-enc " nocase wide ascii
        $enc2 = "-encodedcommand" nocase wide ascii
        $enc3 = "-e JAB" wide ascii
        $enc4 = "FromBase64String" nocase wide ascii
        $dl1 = "DownloadString" nocase wide ascii
        $dl2 = "DownloadFile" nocase wide ascii
        $dl3 = "Invoke-WebRequest" nocase wide ascii
        $dl4 = "iwr " nocase wide ascii
        $dl5 = "Net.WebClient" nocase wide ascii
        $dl6 = "Start-BitsTransfer" nocase wide ascii
        $dl7 = "http://" nocase wide ascii
        $dl8 = "https://" nocase wide ascii
        $dl9 = "-urlcache" nocase wide ascii
        $iex = "iex" nocase wide ascii fullword
    condition:
        uint32(0) == 0x0000004C and uint32(4) == 0x00021401 and filesize < 4MB
        and any of ($ps, $pwsh, $mshta, $cmd, $cmd2, $wscript, $cscript, $rundll, $regsvr, $curl, $bits, $certutil)
        and (any of ($hidden*) or any of ($enc*) or any of ($dl*) or $iex)
}
