import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// On-site measurement (outlet, pollutant, value, unit, O2, instrument, method) with the
// verdict computed by MeasurementForm as the inspector types: the O2-corrected value, the
// limit, and "over the limit by X %" or "within the limit".
ColumnLayout {
    id: editor

    required property MeasurementForm form

    spacing: Theme.spacing

    Label {
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        text: qsTr("Outlet")
    }
    OfChoiceRow {
        Layout.fillWidth: true
        current: editor.form.outletCode
        model: editor.form.outletCodes

        onChosen: value => editor.form.outletCode = value
    }
    GridLayout {
        Layout.fillWidth: true
        columnSpacing: Theme.spacing
        columns: editor.width > 700 ? 3 : 2
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Pollutant")
            }
            // The outlet's pollutants by name (code in small print), in rows a glove can hit.
            ComboBox {
                id: pollutant
                Layout.fillWidth: true
                currentIndex: editor.form.pollutants.indexOf(editor.form.pollutant)
                displayText: currentIndex >= 0 ? editor.form.pollutantChoices[currentIndex].name + "  " + editor.form.pollutant : ""
                font.pixelSize: Theme.fontBody
                implicitHeight: Theme.touchTarget
                model: editor.form.pollutantChoices
                objectName: "pollutantChoice"
                textRole: "name"
                valueRole: "code"

                delegate: ItemDelegate {
                    required property int index
                    required property var modelData

                    height: Theme.touchTarget
                    highlighted: pollutant.highlightedIndex === index
                    width: pollutant.width

                    contentItem: Row {
                        spacing: Theme.spacing

                        Label {
                            anchors.verticalCenter: parent.verticalCenter
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            text: modelData.name
                        }
                        Label {
                            anchors.verticalCenter: parent.verticalCenter
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            text: modelData.code
                        }
                    }
                }

                onActivated: index => editor.form.pollutant = editor.form.pollutants[index]
            }
        }
        OfTextField {
            Layout.fillWidth: true
            input.objectName: "valueField"
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            label: qsTr("Measured value")
            text: editor.form.valueText

            onEdited: text => editor.form.valueText = text
        }
        OfTextField {
            Layout.fillWidth: true
            label: qsTr("Unit")
            text: editor.form.unit

            onEdited: text => editor.form.unit = text
        }
        OfTextField {
            Layout.fillWidth: true
            input.objectName: "o2Field"
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            label: qsTr("O₂ measured (%)")
            text: editor.form.o2Text
            visible: editor.form.o2Applies

            onEdited: text => editor.form.o2Text = text
        }
        OfTextField {
            Layout.fillWidth: true
            label: qsTr("Instrument ID")
            text: editor.form.instrumentId

            onEdited: text => editor.form.instrumentId = text
        }
        // The permit's method for this outlet and pollutant, filled in as a real value; no
        // grey example that looks filled but records nothing.
        OfTextField {
            Layout.fillWidth: true
            input.objectName: "methodField"
            label: editor.form.method.length === 0 ? qsTr("Method standard (none in the permit: type the one used)") : editor.form.method === editor.form.permittedMethod ? qsTr("Method standard (from the permit)") : qsTr("Method standard")
            text: editor.form.method

            onEdited: text => editor.form.method = text
        }
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: verdictColumn.implicitHeight + 2 * Theme.spacing
        border.color: editor.form.verdict === "over" ? Theme.danger : editor.form.verdict === "within" ? Theme.ok : Theme.divider
        border.width: 3
        color: editor.form.verdict === "over" ? "#fde7ea" : editor.form.verdict === "within" ? "#e3f4e9" : Theme.surface
        radius: 6

        ColumnLayout {
            id: verdictColumn
            anchors.left: parent.left
            anchors.margins: Theme.spacing
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            spacing: 4

            Label {
                Layout.fillWidth: true
                color: editor.form.verdict === "over" || editor.form.verdict === "invalid" ? Theme.danger : editor.form.verdict === "within" ? Theme.ok : Theme.text
                font.bold: true
                font.pixelSize: Theme.fontTitle
                objectName: "verdictText"
                text: editor.form.verdictText
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                color: Theme.text
                font.pixelSize: Theme.fontBody
                text: editor.form.comparedText
                visible: text.length > 0
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                text: editor.form.limitText
                visible: text.length > 0
                wrapMode: Text.WordWrap
            }
        }
    }
    OfButton {
        enabled: editor.form.verdict !== "empty" && editor.form.verdict !== "invalid"
        text: editor.form.correctingId.length > 0 ? qsTr("Save correction") : qsTr("Record measurement")

        onClicked: editor.form.record()
    }
    OfErrorText {
        text: editor.form.lastError
    }
}
