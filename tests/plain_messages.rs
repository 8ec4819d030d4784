//! Messages about files read as people talk: the path stays, the system's
//! error code ("os error 2") does not, in Dutch and English.

use std::io;
use std::path::PathBuf;

use reflectietool::Lang;
use reflectietool::report::ReportError;
use reflectietool::storage::StorageError;

fn os(code: i32) -> io::Error {
    io::Error::from_raw_os_error(code)
}

#[test]
fn storage_and_pdf_messages_keep_the_path_and_drop_the_code() {
    let path = PathBuf::from("/media/usb/netwerk.ron");
    let errors = [
        StorageError::Read {
            path: path.clone(),
            source: os(2),
        },
        StorageError::Write {
            path: path.clone(),
            source: os(28),
        },
        StorageError::DataDir {
            path: path.clone(),
            source: os(13),
        },
        StorageError::Folder {
            path: path.clone(),
            source: os(30),
        },
    ];
    let wanted = [
        ("bestaat niet", "does not exist"),
        ("schijf is vol", "disk is full"),
        ("geen toestemming", "does not allow"),
        ("alleen-lezen", "read-only"),
    ];
    for (e, (nl, en)) in errors.iter().zip(wanted) {
        let (dutch, english) = (e.describe(Lang::Nl), e.describe(Lang::En));
        assert_eq!(english, e.to_string());
        for (text, part) in [(&dutch, nl), (&english, en)] {
            assert!(text.contains("/media/usb/netwerk.ron"), "{text}");
            assert!(text.contains(part), "{text}");
            assert!(!text.contains("os error"), "{text}");
            assert!(!text.contains("No such file"), "{text}");
        }
    }
    let pdf = ReportError::Write {
        path: PathBuf::from("/tmp/x.pdf"),
        source: os(30),
    };
    assert!(pdf.describe(Lang::Nl).contains("alleen-lezen"));
    assert!(pdf.describe(Lang::Nl).contains("/tmp/x.pdf"));
    assert!(!pdf.to_string().contains("os error"), "{pdf}");
}

#[test]
fn a_file_that_is_not_there_is_told_plainly_when_opened() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("weg.ron");
    let e = reflectietool::storage::read_reflection(&missing).unwrap_err();
    for lang in [Lang::Nl, Lang::En] {
        let text = e.describe(lang);
        assert!(text.contains("weg.ron"), "{text}");
        assert!(!text.contains("os error"), "{text}");
    }
    assert!(e.describe(Lang::Nl).contains("bestaat niet"));
}
