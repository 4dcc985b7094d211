import QtQuick
import QtTest
import Outfall
import Outfall.Models

// OfMeasurementEditor: typing into the value and O2 fields updates the verdict at once
// (SO2 at DA001: limit 35 mg/Nm3 at 6 % O2).
TestCase {
    id: test
    // Issue 9: the pollutant drop-down had 26 px desktop rows and listed pollutants the outlet
    // does not have. Opened, it lists the outlet's own pollutants, each row a touch target.
    function test_pollutantListIsTheOutletsInTouchSizedRows() {
        const editor = createTemporaryObject(editorComponent, test);
        verify(editor);
        const box = findChild(editor, "pollutantChoice");
        verify(box);
        waitForItemPolished(editor);
        box.popup.open();
        tryVerify(() => box.popup.opened);
        const list = box.popup.contentItem;
        tryCompare(list, "count", inspection.measurement.pollutants.length);
        verify(list.count > 0 && list.count < 5, String(list.count)); // not the catalogue's
        for (let i = 0; i < list.count; ++i) {
            const row = list.itemAtIndex(i);
            verify(row, "row " + i);
            verify(row.height >= Theme.touchTarget, "row " + i + ": " + row.height + " px");
        }
        box.popup.close();
    }
    function test_typingUpdatesTheVerdict() {
        const editor = createTemporaryObject(editorComponent, test);
        verify(editor);
        compare(inspection.measurement.outletCode, "DA001");
        const value = findChild(editor, "valueField");
        const o2 = findChild(editor, "o2Field");
        const verdict = findChild(editor, "verdictText");
        waitForItemPolished(editor);
        tryVerify(() => value.width > 0 && o2.width > 0);
        compare(verdict.text, "Type the measured value to see it against the limit.");
        mouseClick(value);
        keyClick(Qt.Key_4);
        compare(verdict.text, "Within the limit (88.6 % margin)");
        verify(Qt.colorEqual(verdict.color, Theme.ok));
        keyClick(Qt.Key_0);
        compare(verdict.text, "Over the limit by 14.3 %");
        verify(Qt.colorEqual(verdict.color, Theme.danger));

        // 40 at 9 % O2 → 40 × 15 / 12 = 50 → 42.9 % over.
        mouseClick(o2);
        keyClick(Qt.Key_9);
        compare(verdict.text, "Over the limit by 42.9 %");
        keyClick(Qt.Key_Backspace);
        compare(verdict.text, "Over the limit by 14.3 %");
        mouseClick(value);
        keyClick(Qt.Key_X);
        compare(verdict.text, "“40x” is not a number.");
    }

    height: 900
    name: "OfMeasurementEditor"
    visible: true
    when: windowShown
    width: 1000

    InspectionController {
        id: inspection
        permitId: "permit-1" // resumes the inspection the setup started
    }
    Component {
        id: editorComponent
        OfMeasurementEditor {
            form: inspection.measurement
            width: 1000
        }
    }
}
