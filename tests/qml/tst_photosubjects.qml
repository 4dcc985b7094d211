import QtQuick
import QtTest
import Outfall
import Outfall.Models

// The photo subject picker names what each subject is (the checklist item's text, the
// outlet's name) beside its code, in rows a glove can hit; not a wall of bare codes.
TestCase {
    id: test
    function test_subjectsHaveNames() {
        const section = createTemporaryObject(sectionComponent, test);
        verify(section);
        waitForItemPolished(section);
        const choices = controller.photoCapture.subjectChoices;
        compare(choices.length, controller.photoCapture.subjects.length);
        for (const choice of choices) {
            verify(choice.text.startsWith(choice.value + " "), choice.text);
            verify(choice.text.length > choice.value.length + 1, choice.text);
        }
        verify(choices.some(c => c.text === "DA001 1# boiler stack"), JSON.stringify(choices));
        const picker = findChild(section, "photoSubject");
        verify(picker);
        compare(picker.count, choices.length + 1); // and "General"
        picker.popup.open();
        tryVerify(() => picker.popup.opened);
        const row = picker.popup.contentItem.itemAtIndex(1);
        verify(row);
        verify(row.height >= Theme.touchTarget, "rows " + row.height + " px high");
        compare(row.text, choices[0].text);
        picker.popup.close();
    }

    height: 900
    name: "PhotoSubjects"
    visible: true
    when: windowShown
    width: 1000

    InspectionController {
        id: controller
        permitId: "permit-1" // resumes the inspection the setup started
    }
    Component {
        id: sectionComponent
        InspectionPhotoSection {
            height: 900
            photos: controller.photoCapture
            width: 1000
        }
    }
}
