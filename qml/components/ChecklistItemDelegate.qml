import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts

// One checklist item: code, severity, text, the three answer buttons and a note. A changed
// answer is recorded as a new answer that supersedes the previous one. A non-compliant answer
// says it needs a note or a photo (of this item) until it has one: submission waits for it.
Rectangle {
    id: card

    required property string answer
    property bool answerable: true
    required property bool answered
    required property string code
    required property bool needsNoteOrPhoto
    required property string note
    required property int photoCount
    required property string severity
    required property string text

    signal answerChosen(string code, string value, string note)

    border.color: needsNoteOrPhoto ? Theme.danger : answered ? Theme.divider : Theme.accent
    border.width: answered && !needsNoteOrPhoto ? 1 : 3
    color: Theme.background
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: 6

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.margins: Theme.spacing
        anchors.right: parent.right
        anchors.top: parent.top
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontBody
                text: card.code
            }
            Label {
                color: card.severity === "critical" ? Theme.danger : Theme.textMuted
                font.bold: card.severity === "critical"
                font.pixelSize: Theme.fontSmall
                text: card.severity === "critical" ? qsTr("critical") : card.severity === "major" ? qsTr("major") : qsTr("minor")
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("%n photo(s)", "", card.photoCount)
                visible: card.photoCount > 0
            }
        }
        Label {
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: Theme.fontBody
            text: card.text
            wrapMode: Text.WordWrap
        }
        OfAnswerButtons {
            Layout.fillWidth: true
            enabled: card.answerable
            value: card.answer

            onChosen: value => card.answerChosen(card.code, value, note.text)
        }
        Label {
            Layout.fillWidth: true
            color: Theme.danger
            font.bold: true
            font.pixelSize: Theme.fontSmall
            text: qsTr("Non-compliant: needs a note or a photo of this item before submitting")
            visible: card.needsNoteOrPhoto
            wrapMode: Text.WordWrap
        }
        TextField {
            id: note
            Layout.fillWidth: true
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Note (what you saw)")
            readOnly: !card.answerable
            text: card.note

            // A note on an answered item is recorded with the same answer.
            onEditingFinished: if (card.answered && text !== card.note)
                card.answerChosen(card.code, card.answer, text)
        }
    }
}
