import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// The controls of qml/components, each with stub data, on one scrolling page: change a control
// and see it at once (`outfall --gallery`, scripts/screenshots). A designer's tool, not shown to
// inspectors: its headings are the controls' names and its data are stubs, so nothing here is
// translated. The Inspection… sections, OfMeasurementEditor and OfFarConfirmation need an
// inspection's controllers and are seen on the Inspection page.
ApplicationWindow {
    id: gallery
    color: Theme.background
    height: 800
    title: "Outfall gallery"
    visible: true
    width: 1280

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            spacing: Theme.spacing
            width: scroll.availableWidth - 2 * Theme.spacing
            x: Theme.spacing

            Heading {
                text: "OfButton (primary, secondary, disabled)"
            }
            RowLayout {
                spacing: Theme.spacing

                OfButton {
                    text: "Sync now"
                }
                OfButton {
                    primary: false
                    text: "Open file"
                }
                OfButton {
                    enabled: false
                    text: "Submit"
                }
            }
            Heading {
                text: "OfAnswerButtons (compliant chosen)"
            }
            OfAnswerButtons {
                Layout.fillWidth: true
                value: "compliant"
            }
            Heading {
                text: "OfChoiceRow"
            }
            OfChoiceRow {
                Layout.fillWidth: true
                current: "partial"
                model: [{
                        "value": "running",
                        "text": "Running"
                    }, {
                        "value": "partial",
                        "text": "Partial load"
                    }, {
                        "value": "stopped",
                        "text": "Stopped"
                    }]
            }
            Heading {
                text: "OfComboBox"
            }
            OfComboBox {
                Layout.preferredWidth: 320
                model: [{
                        "value": "SO2",
                        "text": "SO₂ sulphur dioxide"
                    }, {
                        "value": "NOx",
                        "text": "NOx nitrogen oxides"
                    }]
            }
            Heading {
                text: "OfLanguageChoice"
            }
            OfLanguageChoice {
            }
            Heading {
                text: "OfTextField, OfSearchField"
            }
            OfTextField {
                Layout.fillWidth: true
                label: "Note"
                placeholderText: "What was seen"
                text: "Bypass valve sealed"
            }
            OfSearchField {
                Layout.fillWidth: true
                placeholderText: "Permit number or enterprise"
                text: "91440300"
            }
            Heading {
                text: "OfField (plain, token, warning), OfErrorText"
            }
            RowLayout {
                spacing: Theme.spacing * 3

                OfField {
                    label: "Enterprise"
                    value: "Shenzhen Mawan Power Co."
                }
                OfField {
                    label: "Permit"
                    token: true
                    value: "91440300192186267Y001P"
                }
                OfField {
                    label: "Valid to"
                    value: "2026-10-31 (expired)"
                    warning: true
                }
            }
            OfErrorText {
                text: "The store could not be written: disk full"
            }
            Heading {
                text: "OfSettingRow"
            }
            OfSettingRow {
                Layout.fillWidth: true
                explanation: "Where the tablet syncs: the server's address and key come from the enrolment file."
                title: "Server"
            }
            Heading {
                text: "OfSignaturePad, OfSignatureView"
            }
            OfSignaturePad {
                Layout.fillWidth: true
                label: "Inspector's signature"
            }
            OfSignatureView {
                Layout.fillWidth: true
                name: "Li Wei"
                signedAt: "10:42"
            }
            Heading {
                text: "SyncStatusCard (this profile's sync state)"
            }
            SyncStatusCard {
                Layout.fillWidth: true
            }
            Heading {
                text: "AssignmentDelegate (open, done)"
            }
            AssignmentDelegate {
                Layout.fillWidth: true
                address: "1 Mawan Road, Nanshan"
                distanceText: "2.4 km"
                done: false
                dueOn: "2026-11-02"
                enterpriseName: "Shenzhen Mawan Power Co."
                inspectionState: "in_progress"
                inspectionStateText: "In progress"
                permitId: "p1"
                permitNumber: "91440300192186267Y001P"
                stop: 1
            }
            AssignmentDelegate {
                Layout.fillWidth: true
                address: "8 Paper Mill Street, Bao'an"
                distanceText: "11 km"
                done: true
                dueOn: "2026-11-02"
                enterpriseName: "Bao'an Pulp and Paper Ltd."
                inspectionState: "submitted"
                inspectionStateText: "Submitted"
                permitId: "p2"
                permitNumber: "91440300MA5F0001X001P"
                stop: 2
            }
            Heading {
                text: "PermitDelegate"
            }
            PermitDelegate {
                Layout.fillWidth: true
                name: "深圳妈湾电力有限公司"
                nameEn: "Shenzhen Mawan Power Co."
                number: "91440300192186267Y001P"
                outletCount: 3
                permitId: "p1"
                validTo: "2029-01-01"
            }
            Heading {
                text: "ChecklistItemDelegate (unanswered, non-compliant)"
            }
            ChecklistItemDelegate {
                Layout.fillWidth: true
                answer: ""
                answered: false
                code: "A-01"
                needsNoteOrPhoto: false
                note: ""
                photoCount: 0
                severity: "major"
                text: "The online monitoring equipment is running and its data are transmitted."
            }
            ChecklistItemDelegate {
                Layout.fillWidth: true
                answer: "non_compliant"
                answered: true
                code: "A-02"
                needsNoteOrPhoto: true
                note: ""
                photoCount: 0
                severity: "critical"
                text: "The environmental management ledger is kept as the permit requires."
            }
            Heading {
                text: "OutletCard"
            }
            OutletCard {
                Layout.fillWidth: true
                category: "Main outlet"
                code: "DA001"
                destination: "Atmosphere"
                latitude: 22.4821
                limitLines: ["SO₂ 35 mg/m³ at 6 % O₂", "NOx 50 mg/m³ at 6 % O₂"]
                longitude: 113.8712
                medium: "air"
                monitoringLines: ["SO₂ continuous (CEMS)", "NOx continuous (CEMS)"]
                name: "Boiler 1 stack"
                outletId: "o1"
                pollutantNames: ["SO₂", "NOx"]
                pollutants: ["SO2", "NOx"]
            }
            Heading {
                text: "FlagDelegate"
            }
            FlagDelegate {
                Layout.fillWidth: true
                enterpriseName: "Shenzhen Mawan Power Co."
                evidenceUrls: []
                inputsText: "measured 52 mg/m³ · O₂ 9.1 % · limit 35 mg/m³"
                message: "SO₂ 52 mg/m³ at 6 % O₂ exceeds the limit of 35 mg/m³."
                permitNumber: "91440300192186267Y001P"
                provisional: true
                severity: "violation"
                severityText: "Violation"
                state: "open"
                stateText: "Open"
                stepsText: "52 × (21 − 6) / (21 − 9.1) = 65.5 > 35"
                subjectText: "DA001 · SO₂ · 2026-11-02"
                verdictText: "Exceeds by 87 %"
            }
            Heading {
                text: "PhotoTile"
            }
            PhotoTile {
                Layout.preferredWidth: 320
                caption: "Stack DA001, sampling port"
                enterpriseName: "Shenzhen Mawan Power Co."
                imageUrl: ""
                permitNumber: "91440300192186267Y001P"
                shaPrefix: "3f9a1c"
                takenAtText: "2026-11-02 10:31"
                uploadStateText: "Waiting to upload"
                uploaded: false
            }
            Item {
                Layout.preferredHeight: Theme.spacing * 2
            }
        }
    }

    component Heading: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing * 2
        color: Theme.textMuted
        font.bold: true
        font.pixelSize: Theme.fontSmall
    }
}
