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
    // Opens this inspection (any state: a submitted one read only) instead of the permit's
    // inspection in progress.
    property string inspectionId
    property string permitId
    property int section: 0

    signal back

    // A page alone (self-test, screenshots) has no size from a StackView.
    implicitHeight: 800
    implicitWidth: 1280
    title: qsTr("Inspection")

    // Landscape: back, enterprise and permit, progress in one row. Portrait: the enterprise and
    // permit get a row of their own under back and progress, as wide as the page.
    header: ToolBar {
        // Portrait stacks the header's rows: some room above and below them, so the buttons
        // do not touch the screen's top edge.
        bottomPadding: Theme.spacing / 2
        topPadding: Theme.spacing / 2

        GridLayout {
            readonly property bool narrow: page.width < 800

            anchors.fill: parent
            columnSpacing: Theme.spacing
            columns: narrow ? 2 : 3
            rowSpacing: 0

            OfButton {
                Layout.column: 0
                Layout.row: 0
                primary: false
                text: qsTr("‹ Back")

                onClicked: page.back()
            }
            ColumnLayout {
                Layout.column: parent.narrow ? 0 : 1
                Layout.columnSpan: parent.narrow ? 2 : 1
                Layout.fillWidth: true
                Layout.row: parent.narrow ? 1 : 0
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    color: Theme.text
                    elide: Text.ElideRight
                    font.bold: true
                    font.pixelSize: Theme.fontTitle
                    maximumLineCount: 3 // a long name wraps in portrait
                    text: inspection.active ? inspection.enterpriseName : qsTr("Inspection")
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    maximumLineCount: 2
                    text: inspection.permitNumber
                    visible: inspection.active
                    wrapMode: Text.Wrap
                }
            }
            Label {
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                Layout.column: parent.narrow ? 1 : 2
                Layout.row: 0
                color: inspection.state === "submitted" || inspection.state === "approved" ? Theme.ok : inspection.state === "returned" || inspection.state === "refused" || inspection.state === "needs_signing" ? Theme.danger : Theme.text
                elide: Text.ElideRight
                font.bold: true
                font.pixelSize: Theme.fontBody
                rightPadding: Theme.spacing
                text: inspection.stateText
                visible: inspection.active
            }
        }
    }

    Component.onCompleted: if (page.inspectionId.length > 0)
        inspection.inspectionId = page.inspectionId

    EvidenceProofView {
        id: proofView
    }
    InspectionController {
        id: inspection
        permitId: page.permitId
        position: PositionController
    }
    // An application's declarations, checked before issuance (no rows for another inspection).
    DeclarationCheckModel {
        id: declarations
        inspectionId: inspection.inspectionId
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
            visible: inspection.farConfirmation.length === 0

            onClicked: inspection.start(declarations.isApplication)
        }
        // Far from the site: started only when the inspector says so (marked far).
        OfErrorText {
            text: inspection.farConfirmation
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: inspection.farConfirmation.length > 0

            OfButton {
                text: qsTr("Start anyway, marked far from the site")

                onClicked: inspection.confirmFar()
            }
            OfButton {
                primary: false
                text: qsTr("Cancel")

                onClicked: inspection.cancelFar()
            }
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
                }, {
                    "value": "5",
                    "text": qsTr("Records (%1)").arg(records.count)
                }].concat(declarations.count > 0 ? [{
                        "value": "6",
                        "text": qsTr("Declarations (%1/%2)").arg(declarations.checked).arg(declarations.count)
                    }] : [])

            onChosen: value => page.section = Number(value)
        }
        // Why recording is limited (waiting for review, approved), or the supervisor's comment
        // of a return, on top of every section; and what the server refused.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: locked.implicitHeight + 2 * Theme.spacing
            border.color: inspection.state === "returned" || inspection.state === "refused" || inspection.state === "needs_signing" ? Theme.danger : Theme.accent
            border.width: 2
            color: Theme.surface
            radius: 6
            visible: inspection.lockedReason.length > 0 || inspection.rejections.length > 0

            ColumnLayout {
                id: locked
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing / 2

                Label {
                    Layout.fillWidth: true
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    objectName: "lockedReason"
                    text: inspection.lockedReason
                    visible: text.length > 0
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: inspection.rejections

                    Label {
                        required property string modelData

                        Layout.fillWidth: true
                        color: Theme.danger
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("Refused by the server: %1").arg(modelData)
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
        StackLayout {
            Layout.fillHeight: true
            Layout.fillWidth: true
            currentIndex: page.section

            InspectionChecklistSection {
                answerable: inspection.correctionsAllowed
                checklist: inspection.checklist
            }
            InspectionMeasurementSection {
                correctable: inspection.correctionsAllowed
                form: inspection.measurement
                recordable: inspection.newEvidenceAllowed
            }
            InspectionOutletSection {
                check: inspection.outletCheck
                recordable: inspection.newEvidenceAllowed
                undeclared: inspection.undeclaredOutlet
            }
            InspectionPhotoSection {
                photos: inspection.photoCapture
                recordable: inspection.newEvidenceAllowed
                replaceable: inspection.correctionsAllowed
            }
            InspectionSubmitSection {
                inspection: inspection
            }
            // Each signed record and its state (signed here, logged on the server).
            EvidenceRecordList {
                id: records
                inspectionId: inspection.inspectionId

                onProofRequested: recordId => proofView.show(recordId)
            }
            InspectionDeclarationSection {
                checks: declarations
                recordable: inspection.newEvidenceAllowed
            }
        }
    }
}
