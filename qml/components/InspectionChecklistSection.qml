import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// The inspection's checklist, item by item, answered with three big buttons.
ColumnLayout {
    id: section

    // Answers can be given or changed (in progress, or returned by the supervisor to be amended).
    property bool answerable: true
    required property ChecklistModel checklist

    spacing: Theme.spacing

    OfErrorText {
        text: section.checklist.lastError
    }
    ListView {
        Layout.fillHeight: true
        Layout.fillWidth: true
        clip: true
        model: section.checklist
        spacing: Theme.spacing

        delegate: ChecklistItemDelegate {
            answerable: section.answerable
            width: ListView.view.width

            onAnswerChosen: (code, value, note) => section.checklist.answer(code, value, note)
        }
    }
}
