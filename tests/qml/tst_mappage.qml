import QtQuick
import QtTest
import Outfall
import Outfall.Models

// MapPage through its event path (handlers → MapCanvas): a drag pans by the finger's
// movement, the wheel and a two-finger pinch zoom about the fingers, a tap on an outlet
// selects it and "Open permit" names its permit. TEST_PERMIT (DA001, DW001) is assigned.
TestCase {
    id: test
    function canvasOf(page) {
        return findChild(page, "canvas");
    }
    function openPage() {
        const page = createTemporaryObject(pageComponent, test);
        verify(page);
        const canvas = findChild(page, "canvas");
        verify(canvas);
        tryVerify(() => canvas.width > 0 && canvas.outletCount === 2);
        waitForItemPolished(page);
        return page;
    }
    function test_dragPans() {
        const canvas = canvasOf(openPage());
        const lat = canvas.centerLatitude;
        const lon = canvas.centerLongitude;
        const zoom = canvas.zoom;
        // Content follows the finger: dragging right and down shows what lies west and north.
        mouseDrag(canvas, 400, 300, 200, 100);
        verify(canvas.centerLongitude < lon, canvas.centerLongitude + " ≥ " + lon);
        verify(canvas.centerLatitude > lat, canvas.centerLatitude + " ≤ " + lat);
        compare(canvas.zoom, zoom);
        compare(canvas.selectedIndex, -1); // a drag is not a tap
        // An outlet moves exactly as far as the finger (within 2 px).
        const before = canvas.outletPoint(0);
        mouseDrag(canvas, 400, 300, -120, 60);
        const after = canvas.outletPoint(0);
        fuzzyCompare(after.x - before.x, -120, 2);
        fuzzyCompare(after.y - before.y, 60, 2);
    }
    function test_openPermitNamesTheSelectedOutletsPermit() {
        const page = openPage();
        const canvas = canvasOf(page);
        spy.target = page;
        spy.clear();
        const da = canvas.outletPoint(0);
        mouseClick(canvas, da.x, da.y);
        const button = findChild(page, "openPermit");
        tryVerify(() => button.visible && button.width > 0);
        mouseClick(button);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "permit-1");
    }
    function test_pinchZoomsAboutTheFingers() {
        const canvas = canvasOf(openPage());
        const zoom = canvas.zoom;
        // Two fingers either side of DA001 spread from 120 to 240 px apart.
        const da = canvas.outletPoint(0);
        verify(da.x > 130 && da.x < canvas.width - 130, "DA001 at " + da.x);
        const touch = touchEvent(canvas);
        touch.press(0, canvas, da.x - 60, da.y).press(1, canvas, da.x + 60, da.y).commit();
        // The window compresses touch moves until its next frame: give each step a frame, as
        // fingers do, or the pinch sees a few merged steps and starts late (a flaky zoom).
        for (let step = 1; step <= 10; ++step) {
            touch.move(0, canvas, da.x - 60 - 6 * step, da.y).move(1, canvas, da.x + 60 + 6 * step, da.y).commit();
            wait(20);
        }
        touch.release(0, canvas, da.x - 120, da.y).release(1, canvas, da.x + 120, da.y).commit();
        // At most twice the scale (one zoom level): the handler only starts once the fingers
        // have moved past its drag threshold, and measures the spread from there.
        verify(canvas.zoom > zoom + 0.25 && canvas.zoom <= zoom + 1 + 1e-9, canvas.zoom + " after " + zoom);
        // The ground between the fingers stays between them.
        const after = canvas.outletPoint(0);
        fuzzyCompare(after.x, da.x, 3);
        fuzzyCompare(after.y, da.y, 3);
        compare(canvas.selectedIndex, -1); // a pinch is not a tap
    }
    // The card goes where the outlet is not: move the outlet to the lower and the upper
    // half, tap it, and the card's rectangle never holds its point (nor its label's side).
    function test_selectionCardNeverCoversTheOutlet() {
        const page = openPage();
        const canvas = canvasOf(page);
        const card = findChild(page, "selectionCard");
        for (const targetY of [canvas.height * 0.8, canvas.height * 0.2, canvas.height * 0.55]) {
            const before = canvas.outletPoint(0);
            mouseDrag(canvas, 500, 350, 0, targetY - before.y);
            const da = canvas.outletPoint(0);
            fuzzyCompare(da.y, targetY, 3);
            mouseClick(canvas, da.x, da.y);
            compare(canvas.selectedIndex, 0);
            tryVerify(() => card.visible && card.height > 0);
            waitForItemPolished(page);
            const box = card.mapToItem(canvas, 0, 0, card.width, card.height);
            const margin = 30; // the symbol and its label around the point
            const covers = da.x > box.x - margin && da.x < box.x + box.width + margin && da.y > box.y - margin && da.y < box.y + box.height + margin;
            verify(!covers, "card " + JSON.stringify(box) + " covers DA001 at " + da.x + ", " + da.y);
            compare(canvas.selectionCardAtTop, da.y > canvas.height / 2);
        }
        // The distance line is there (waiting for a fix in the test profile, or a distance).
        verify(findChild(page, "selectedDistance").text.length > 0);
    }
    function test_tapSelectsAnOutlet() {
        const canvas = canvasOf(openPage());
        compare(canvas.selectedIndex, -1);
        const dw = canvas.outletPoint(1);
        verify(dw.x > 0 && dw.x < canvas.width && dw.y > 0 && dw.y < canvas.height);
        mouseClick(canvas, dw.x + 5, dw.y - 5); // a fingertip off the mark still hits it
        compare(canvas.selectedIndex, 1);
        compare(canvas.selectedTitle, "DW001 · Total outfall");
        compare(canvas.selectedPermitId, "permit-1");
        verify(canvas.selectedDetail.indexOf("91440300MA5D8G6X2R001P") >= 0, canvas.selectedDetail);
        // A tap on empty ground clears the selection.
        mouseClick(canvas, 5, canvas.height - 5);
        compare(canvas.selectedIndex, -1);
    }
    function test_wheelZoomsAboutThePointer() {
        const canvas = canvasOf(openPage());
        const zoom = canvas.zoom;
        const da = canvas.outletPoint(0);
        mouseWheel(canvas, da.x, da.y, 0, 120);
        fuzzyCompare(canvas.zoom, zoom + Math.log2(1.25), 1e-9);
        // The ground under the pointer stays under it.
        const after = canvas.outletPoint(0);
        fuzzyCompare(after.x, da.x, 1);
        fuzzyCompare(after.y, da.y, 1);
        mouseWheel(canvas, da.x, da.y, 0, -120);
        fuzzyCompare(canvas.zoom, zoom + Math.log2(1.25) + Math.log2(0.8), 1e-9);
    }

    height: 700
    name: "MapPage"
    visible: true
    when: windowShown
    width: 1000

    Component {
        id: pageComponent
        MapPage {
            height: test.height
            width: test.width
        }
    }
    SignalSpy {
        id: spy
        signalName: "permitChosen"
    }
}
