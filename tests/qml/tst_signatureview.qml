import QtQuick
import QtTest
import Outfall
import Outfall.Models

// OfSignatureView: a signature drawn on a pad is shown back read-only from its stored
// strokes, with the signer and the time; drawing on it changes nothing.
TestCase {
    id: test
    function test_saysWhenNoStrokesWereStored() {
        const view = createTemporaryObject(viewComponent, test);
        waitForItemPolished(view);
        compare(findChild(view, "storedStrokes").strokeCount, 0);
        verify(findChild(view, "noStrokes").visible);
    }
    function test_showsStoredStrokesReadOnly() {
        const signing = createTemporaryObject(padComponent, test);
        waitForItemPolished(signing);
        mouseDrag(signing.pad, 40, 60, 200, 80);
        mouseDrag(signing.pad, 300, 60, 100, 100);
        compare(signing.pad.strokeCount, 2);
        const view = createTemporaryObject(viewComponent, test, {
                "strokes": signing.pad.encoded
            });
        waitForItemPolished(view);
        const shown = findChild(view, "storedStrokes");
        verify(shown.readOnly);
        compare(shown.strokeCount, 2);
        compare(shown.encoded, signing.pad.encoded);
        verify(!findChild(view, "noStrokes").visible);
        compare(findChild(view, "signedBy").text, "✓ Signed by 张敏 at 11/2/26 9:30 AM");
        mouseDrag(shown, 20, 20, 150, 60);
        compare(shown.strokeCount, 2); // nothing drawn on a recorded signature
    }

    height: 600
    name: "OfSignatureView"
    visible: true
    when: windowShown
    width: 800

    Component {
        id: padComponent
        OfSignaturePad {
            label: "Inspector's signature"
            width: 600
        }
    }
    Component {
        id: viewComponent
        OfSignatureView {
            name: "张敏"
            signedAt: "11/2/26 9:30 AM"
            width: 600
        }
    }
}
