import QtQuick
import QtTest
import Outfall
import Outfall.Models

// The signature pad on the Sign & submit section, a page that scrolls: a stroke drawn with the
// mouse or a finger stays whole in every direction, in landscape and in portrait — the page's
// Flickable never takes a vertical or diagonal stroke over as a flick. A dot or a line is not
// accepted as a signature.
TestCase {
    id: test

    // Where sectionAt() scrolled the page to show the inspector's pad.
    property real scrolledTo: 0

    function checkWhole(section, pad, data, how) {
        compare(pad.strokeCount, 1, how + ": one stroke");
        const ink = pad.inkBounds;
        verify(ink.width - 1 >= Math.abs(data.dx) - 2, how + ": stroke " + (ink.width - 1) + " px wide, drawn " + Math.abs(data.dx));
        verify(ink.height - 1 >= Math.abs(data.dy) - 2, how + ": stroke " + (ink.height - 1) + " px high, drawn " + Math.abs(data.dy));
        compare(section.contentItem.contentY, test.scrolledTo, how + ": the page did not scroll");
    }

    // The section at the size it has on the Inspection page (below the header and the section
    // row) in landscape (two columns) and portrait (one).
    function sectionAt(width, height) {
        const section = createTemporaryObject(sectionComponent, test, {
                "width": width,
                "height": height
            });
        verify(section);
        waitForItemPolished(section);
        const wrapper = findChild(section, "inspectorPad");
        verify(wrapper);
        tryVerify(() => wrapper.pad.width > 0 && wrapper.pad.height > 0);
        wrapper.pad.clear();
        // The page really scrolls: the Flickable would take a drag if the pad let it.
        verify(section.contentItem.contentHeight > section.height, "the section scrolls");
        // The inspector scrolls to the pad first (the findings, the production and the team
        // come before it); from there a stroke must not move the page.
        const flick = section.contentItem;
        const top = wrapper.mapToItem(flick.contentItem, 0, 0).y;
        flick.contentY = Math.max(0, Math.min(top - 20, flick.contentHeight - flick.height));
        test.scrolledTo = flick.contentY;
        waitForItemPolished(section);
        return section;
    }

    // Every direction a pen goes in a Chinese name, and back.
    function strokes_data() {
        const rows = [];
        const directions = [["down", 0, 150], ["up", 0, -150], ["diagonal down-right", 120, 120], ["diagonal down-left", -120, 120], ["diagonal up-right", 120, -120], ["right", 200, 0], ["left", -200, 0]];
        const sizes = [["landscape", 1280, 640], ["portrait", 800, 900]];
        for (const size of sizes) {
            for (const direction of directions) {
                rows.push({
                        "tag": size[0] + ", " + direction[0],
                        "width": size[1],
                        "height": size[2],
                        "dx": direction[1],
                        "dy": direction[2]
                    });
            }
        }
        return rows;
    }

    // A dot and a short line are not a signature: refused with the reason, nothing stored.
    function test_aScribbleIsNotASignature() {
        const section = sectionAt(1280, 640);
        const pad = findChild(section, "inspectorPad").pad;
        const sign = findChild(section, "signAsInspector");
        mouseDrag(pad, 40, 60, 60, 10);
        verify(!pad.empty);
        verify(pad.shortfall.length > 0);
        mouseClick(sign);
        verify(!controller.signatures.inspectorSigned);
        compare(findChild(section, "signatureError").text, pad.shortfall);
        verify(pad.shortfall.indexOf("too little to be a signature") >= 0, pad.shortfall);
    }
    function test_mouseStrokeStaysWhole(data) {
        const section = sectionAt(data.width, data.height);
        const pad = findChild(section, "inspectorPad").pad;
        const x = pad.width / 2 - data.dx / 2;
        const y = pad.height / 2 - data.dy / 2;
        mousePress(pad, x, y);
        const steps = 30;
        for (let i = 1; i <= steps; ++i)
            mouseMove(pad, x + data.dx * i / steps, y + data.dy * i / steps, 5, Qt.LeftButton);
        mouseRelease(pad, x + data.dx, y + data.dy);
        checkWhole(section, pad, data, "mouse");
    }
    function test_mouseStrokeStaysWhole_data() {
        return strokes_data();
    }
    function test_touchStrokeStaysWhole(data) {
        const section = sectionAt(data.width, data.height);
        const pad = findChild(section, "inspectorPad").pad;
        const x = pad.width / 2 - data.dx / 2;
        const y = pad.height / 2 - data.dy / 2;
        const finger = touchEvent(pad);
        finger.press(0, pad, x, y);
        finger.commit();
        const steps = 30;
        for (let i = 1; i <= steps; ++i) {
            finger.move(0, pad, x + data.dx * i / steps, y + data.dy * i / steps);
            finger.commit();
            wait(5);
        }
        finger.release(0, pad, x + data.dx, y + data.dy);
        finger.commit();
        checkWhole(section, pad, data, "touch");
    }
    function test_touchStrokeStaysWhole_data() {
        return strokes_data();
    }

    height: 1280
    name: "SignaturePadInAScrollingPage"
    visible: true
    when: windowShown
    width: 1280

    InspectionController {
        id: controller
        permitId: "permit-1" // resumes the inspection the setup started
    }
    Component {
        id: sectionComponent
        InspectionSubmitSection {
            inspection: controller
        }
    }
}
