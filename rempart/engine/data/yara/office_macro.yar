/*
 * VBA macros that run by themselves when the document opens and download
 * or run something: the Office downloader. Applied to the macro source the
 * engine extracts (external variable kind == "vba"), where the code is
 * plain text; a macro that only formats cells on opening does not match.
 */
rule Rempart_VBA_AutoExec_Downloader
{
    meta:
        description = "Office macro that runs on opening and downloads or launches a program"
        threat = "malware"
    strings:
        $auto1 = "AutoOpen" nocase
        $auto2 = "Auto_Open" nocase
        $auto3 = "Document_Open" nocase
        $auto4 = "Workbook_Open" nocase
        $auto5 = "AutoExec" nocase
        $auto6 = "Document_Close" nocase
        $auto7 = "AutoClose" nocase
        $auto8 = "Workbook_Activate" nocase
        $auto9 = "Presentation_Open" nocase

        $run1 = /\bShell[ \t(]/ nocase
        $run2 = "WScript.Shell" nocase
        $run3 = "ShellExecute" nocase
        $run4 = /\.Run\s*[\("]/ nocase
        $run5 = "Win32_Process" nocase
        $run6 = "powershell" nocase
        $run7 = "CreateProcess" nocase

        $get1 = "URLDownloadToFile" nocase
        $get2 = "MSXML2.XMLHTTP" nocase
        $get3 = "WinHttp.WinHttpRequest" nocase
        $get4 = "Microsoft.XMLHTTP" nocase
        $get5 = "DownloadFile" nocase
        $get6 = "DownloadString" nocase
        $get7 = "ADODB.Stream" nocase
    condition:
        kind == "vba" and any of ($auto*) and any of ($run*) and any of ($get*)
}
