/*
 * HTML smuggling droppers: a page that rebuilds a file in the browser from
 * data it carries (base64 through atob) and hands it to the user as a
 * download named like a disk image, an archive or a script. Legitimate
 * mail does not send pages that do this; Qakbot, IcedID and many loaders
 * did. The download name is required, so a web app that merely builds a
 * CSV in the browser does not match.
 */
rule Rempart_HTML_Smuggling_Dropper
{
    meta:
        description = "HTML page that drops an archive, disk image or script through a Blob download"
        threat = "malware"
    strings:
        $blob = /new\s+Blob\s*\(/ nocase
        $objurl = "createObjectURL"
        $save = "msSaveOrOpenBlob"
        $atob = /atob\s*\(/
        $name1 = /\.download\s*=\s*["'][^"'\r\n]{1,120}\.(iso|img|vhdx?|zip|rar|7z|exe|scr|js|jse|vbs|vbe|hta|lnk|msi|one|wsf|cmd|bat)["']/ nocase
        $name2 = /download\s*=\s*["'][^"'\r\n]{1,120}\.(iso|img|vhdx?|zip|rar|7z|exe|scr|js|jse|vbs|vbe|hta|lnk|msi|one|wsf|cmd|bat)["']/ nocase
        $name3 = /msSaveOrOpenBlob\s*\([^,\r\n]{1,200},\s*["'][^"'\r\n]{1,120}\.(iso|img|vhdx?|zip|rar|7z|exe|scr|js|jse|vbs|vbe|hta|lnk|msi|one|wsf|cmd|bat)["']/ nocase
    condition:
        filesize < 20MB and $blob and ($objurl or $save) and $atob and any of ($name*)
}
