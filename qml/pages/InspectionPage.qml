import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// The inspection of one permit: started here with the arrival position (or resumed), then
// recorded section by section — checklist, measurements, outlet check, photos — and closed
// with signatures and submission. State lives in InspectionController and its sections.
Page {
    id: page

    property alias inspection: inspection
    property string permitId
    property int section: 0

    signal back

    // A page alone (self-test, screenshots) has no size from a StackView.
    implicitHeight: 800
    implicitWidth: 1280
    title: qsTr("Inspection")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            OfButton {
                primary: false
                text: qsTr("‹ Back")

                onClicked: page.back()
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    color: Theme.text
                    elide: Text.ElideRight
                    font.bold: true
                    font.pixelSize: Theme.fontTitle
                    text: inspection.active ? inspection.enterpriseName : qsTr("Inspection")
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    text: inspection.permitNumber
                    visible: inspection.active
                }
            }
            Label {
                color: inspection.submitted ? Theme.ok : Theme.text
                font.bold: true
                font.pixelSize: Theme.fontBody
                rightPadding: Theme.spacing
                text: inspection.submitted ? qsTr("Submitted") : qsTr("%1 of %2 answered").arg(inspection.answered).arg(inspection.total)
                visible: inspection.active
            }
        }
    }

    InspectionController {
        id: inspection
        checklist.language: Language.current
        permitId: page.permitId
        position: PositionController
    }
    ColumnLayout {
        anchors.centerIn: parent
        spacing: Theme.spacing * 2
        visible: !inspection.active
        width: Math.min(page.width - 4 * Theme.spacing, 720)

        Label {
            Layout.fillWidth: true
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontTitle
            text: qsTr("No inspection of this permit is in progress.")
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: Theme.fontBody
            text: PositionController.valid ? qsTr("Your position: %1, %2 (±%3 m)").arg(PositionController.latitude.toFixed(5)).arg(PositionController.longitude.toFixed(5)).arg(Math.round(PositionController.accuracyM)) : qsTr("Waiting for a position fix…")
            wrapMode: Text.WordWrap
        }
        OfErrorText {
            text: inspection.startBlocker
        }
        OfButton {
            Layout.fillWidth: true
            text: qsTr("Start inspection here")

            onClicked: inspection.start()
        }
        OfErrorText {
            text: inspection.lastError
        }
    }
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        visible: inspection.active

        OfChoiceRow {
            Layout.fillWidth: true
            current: String(page.section)
            model: [{
                    "value": "0",
                    "text": qsTr("Checklist %1/%2").arg(inspection.answered).arg(inspection.total)
                }, {
                    "value": "1",
                    "text": qsTr("Measurements (%1)").arg(inspection.measurements)
                }, {
                    "value": "2",
                    "text": qsTr("Outlet check (%1)").arg(inspection.outletChecks)
                }, {
                    "value": "3",
                    "text": qsTr("Photos (%1)").arg(inspection.photos)
                }, {
                    "value": "4",
                    "text": qsTr("Sign & submit")
                }]

            onChosen: value => page.section = Number(value)
        }
        StackLayout {
            Layout.fillHeight: true
            Layout.fillWidth: true
            currentIndex: page.section

            InspectionChecklistSection {
                checklist: inspection.checklist
            }
            InspectionMeasurementSection {
                form: inspection.measurement
            }
            InspectionOutletSection {
                check: inspection.outletCheck
            }
            InspectionPhotoSection {
                photos: inspection.photoCapture
            }
            InspectionSubmitSection {
                inspection: inspection
            }
        }
    }
}
