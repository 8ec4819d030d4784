//! What the system said about a file, in plain words: an [`io::Error`]
//! turned into a short sentence part in Dutch or English, without error
//! codes such as "os error 2", so that messages read as people talk.

use std::io::{self, ErrorKind};

use crate::lang::Lang;

/// Says in plain words what went wrong with a file or folder, in the given
/// language, without the system's error code: "the file or folder does not
/// exist", "the disk is full", … An error the program does not know gets a
/// general sentence.
pub fn io_reason(e: &io::Error, lang: Lang) -> &'static str {
    let (nl, en) = match e.kind() {
        ErrorKind::NotFound => (
            "het bestand of de map bestaat niet (meer)",
            "the file or folder does not exist (any more)",
        ),
        ErrorKind::PermissionDenied => (
            "deze computer geeft geen toestemming om hier te lezen of te schrijven",
            "this computer does not allow reading or writing here",
        ),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            ("de schijf is vol", "the disk is full")
        }
        ErrorKind::ReadOnlyFilesystem => ("de schijf is alleen-lezen", "the disk is read-only"),
        ErrorKind::IsADirectory => (
            "dit is een map, geen bestand",
            "this is a folder, not a file",
        ),
        ErrorKind::NotADirectory => (
            "een deel van het pad is een bestand in plaats van een map",
            "part of the path is a file instead of a folder",
        ),
        ErrorKind::AlreadyExists => (
            "er staat al een bestand met deze naam",
            "a file with this name is already there",
        ),
        ErrorKind::InvalidFilename | ErrorKind::InvalidInput => (
            "deze naam kan geen bestandsnaam zijn (te lang, of met tekens die niet mogen)",
            "this cannot be a file name (too long, or with characters that are not allowed)",
        ),
        ErrorKind::FileTooLarge => ("het bestand is te groot", "the file is too large"),
        ErrorKind::CrossesDevices => (
            "het bestand kan niet naar een andere schijf worden verplaatst",
            "the file cannot be moved to another disk",
        ),
        ErrorKind::TimedOut
        | ErrorKind::WouldBlock
        | ErrorKind::Interrupted
        | ErrorKind::ResourceBusy
        | ErrorKind::StaleNetworkFileHandle
        | ErrorKind::NetworkDown
        | ErrorKind::NotConnected => (
            "de schijf of de netwerkmap reageerde niet (op tijd)",
            "the disk or network folder did not respond (in time)",
        ),
        ErrorKind::UnexpectedEof | ErrorKind::InvalidData => (
            "het bestand is onvolledig of beschadigd",
            "the file is incomplete or damaged",
        ),
        ErrorKind::OutOfMemory => (
            "de computer heeft te weinig werkgeheugen vrij",
            "the computer is short of free memory",
        ),
        _ => (
            "het systeem meldde een onverwachte fout",
            "the system reported an unexpected error",
        ),
    };
    lang.pick(nl, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(code: i32) -> io::Error {
        io::Error::from_raw_os_error(code)
    }

    #[test]
    fn system_errors_read_as_plain_words_without_codes() {
        // errors as the system gives them (Linux codes)
        let cases = [
            (2, "bestaat niet", "does not exist"),
            (13, "geen toestemming", "does not allow"),
            (28, "schijf is vol", "disk is full"),
            (30, "alleen-lezen", "read-only"),
            (21, "een map", "a folder"),
            (17, "al een bestand", "already there"),
        ];
        for (code, nl, en) in cases {
            let e = os(code);
            assert!(e.to_string().contains("os error"), "{e}");
            let (got_nl, got_en) = (io_reason(&e, Lang::Nl), io_reason(&e, Lang::En));
            assert!(got_nl.contains(nl), "{code}: {got_nl}");
            assert!(got_en.contains(en), "{code}: {got_en}");
            for s in [got_nl, got_en] {
                assert!(
                    !s.contains("os error") && !s.contains(&code.to_string()),
                    "{s}"
                );
            }
        }
    }

    #[test]
    fn an_unknown_error_still_gets_a_sentence() {
        let e = io::Error::other("something odd");
        assert_eq!(
            io_reason(&e, Lang::Nl),
            "het systeem meldde een onverwachte fout"
        );
        assert_eq!(
            io_reason(&e, Lang::En),
            "the system reported an unexpected error"
        );
    }
}
