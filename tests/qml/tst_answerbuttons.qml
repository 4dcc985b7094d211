import QtQuick
import QtTest
import Outfall

// OfAnswerButtons: three glove-sized buttons; a tap emits chosen(value); the current
// answer is filled and ticked.
TestCase {
    id: test
    function test_tapEmitsChosenAndShowsTheCurrentAnswer() {
        const buttons = createTemporaryObject(buttonsComponent, test);
        waitForItemPolished(buttons);
        spy.target = buttons;
        spy.clear();
        mouseClick(findChild(buttons, "not_applicable"));
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "not_applicable");
        buttons.value = "non_compliant";
        const chosen = findChild(buttons, "non_compliant");
        verify(chosen.primary);
        verify(chosen.text.startsWith("✓"));
        verify(!findChild(buttons, "compliant").primary);
        verify(!findChild(buttons, "compliant").text.startsWith("✓"));
        // A finding does not look like a compliant answer: each answer has its own colour.
        verify(Qt.colorEqual(chosen.background.color, Theme.danger), String(chosen.background.color));
        buttons.value = "compliant";
        const compliant = findChild(buttons, "compliant");
        verify(Qt.colorEqual(compliant.background.color, Theme.ok), String(compliant.background.color));
        verify(!Qt.colorEqual(compliant.background.color, chosen.background.color));
    }
    function test_threeBigButtons() {
        const buttons = createTemporaryObject(buttonsComponent, test);
        verify(buttons);
        for (const value of ["compliant", "non_compliant", "not_applicable"]) {
            const button = findChild(buttons, value);
            verify(button, value);
            verify(button.height >= Theme.touchTarget, value + " is " + button.height + " px high");
            verify(!button.primary);
        }
    }

    height: 200
    name: "OfAnswerButtons"
    visible: true
    when: windowShown
    width: 800

    Component {
        id: buttonsComponent
        OfAnswerButtons {
            width: 760
        }
    }
    SignalSpy {
        id: spy
        signalName: "chosen"
    }
}
