import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// Shown while the tablet is not enrolled: choose the language, then enrol with the code
// from the supervisor (an enrolment file or pasted text). EnrolmentController checks the
// code and says exactly what is wrong.
Page {
    id: page

    property EnrolmentController controller: EnrolmentController {
    }

    implicitHeight: 800
    implicitWidth: 1280
    title: qsTr("Welcome")

    background: Rectangle {
        color: Theme.background
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            spacing: Theme.spacing * 2
            width: Math.min(parent.width - Theme.spacing * 4, 900)
            x: (parent.width - width) / 2
            y: Theme.spacing * 2

            Label {
                Layout.fillWidth: true
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontTitle
                text: qsTr("Welcome to Outfall")
            }
            OfSettingRow {
                Layout.fillWidth: true
                title: qsTr("1. Language / 语言")

                OfLanguageChoice {
                }
            }
            OfSettingRow {
                Layout.fillWidth: true
                explanation: qsTr("Your supervisor gives you an enrolment file or code. Open the file, or paste the code below.")
                title: qsTr("2. Enrol this tablet")

                OfSearchField {
                    id: path
                    Layout.fillWidth: true
                    placeholderText: qsTr("Path of the enrolment file")
                }
                OfButton {
                    enabled: path.text.length > 0
                    primary: false
                    text: qsTr("Open file")

                    onClicked: page.controller.loadFile(path.text)
                }
            }
            TextArea {
                id: code
                Layout.fillWidth: true
                Layout.preferredHeight: 180
                color: Theme.text
                font.family: "monospace"
                font.pixelSize: Theme.fontSmall
                placeholderText: qsTr("Paste the enrolment code here")
                text: page.controller.text
                wrapMode: TextEdit.WrapAnywhere

                background: Rectangle {
                    border.color: page.controller.validationError.length > 0 ? Theme.danger : Theme.divider
                    border.width: 2
                    radius: 6
                }

                onTextChanged: page.controller.text = text
            }
            Label {
                Layout.fillWidth: true
                color: Theme.danger
                font.bold: true
                font.pixelSize: Theme.fontBody
                text: page.controller.validationError
                visible: text.length > 0
                wrapMode: Text.WordWrap
            }
            OfButton {
                Layout.fillWidth: true
                enabled: page.controller.valid
                text: qsTr("Enrol")

                onClicked: page.controller.enrol()
            }
            Label {
                Layout.fillWidth: true
                color: page.controller.resultOk ? Theme.ok : Theme.danger
                font.bold: true
                font.pixelSize: Theme.fontBody
                text: page.controller.result
                visible: text.length > 0
                wrapMode: Text.WordWrap
            }
        }
    }
}
