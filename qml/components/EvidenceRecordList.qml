import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// The signed records of an inspection (or, with no inspection, of the tablet), each with its
// state; a tap asks for the record's proof.
ColumnLayout {
    id: list

    property alias count: records.count
    property alias inspectionId: records.inspectionId
    property alias model: records

    signal proofRequested(string recordId)

    spacing: Theme.spacing / 2

    EvidenceRecordListModel {
        id: records
    }
    Label {
        Layout.fillWidth: true
        color: Theme.text
        font.pixelSize: Theme.fontBody
        objectName: "recordSummary"
        text: records.summary
        wrapMode: Text.WordWrap
    }
    ListView {
        id: view
        Layout.fillHeight: true
        Layout.fillWidth: true
        clip: true
        model: records
        spacing: Theme.spacing / 2

        delegate: Rectangle {
            id: entry

            required property string recordId
            required property string recordState
            required property int seq
            required property string signedAtText
            required property string stateText
            required property string what

            border.color: Theme.divider
            border.width: 1
            color: Theme.surface
            height: Math.max(Theme.touchTarget, row.implicitHeight + Theme.spacing)
            objectName: "record_" + recordId
            radius: 6
            width: ListView.view.width

            RowLayout {
                id: row
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                spacing: Theme.spacing

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    Label {
                        Layout.fillWidth: true
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        text: entry.what
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("No. %1 · signed %2").arg(entry.seq).arg(entry.signedAtText)
                        wrapMode: Text.WordWrap
                    }
                }
                EvidenceStateBadge {
                    Layout.preferredWidth: Math.min(320, row.width / 2)
                    recordState: entry.recordState
                    text: entry.stateText
                }
            }
            TapHandler {
                onTapped: list.proofRequested(entry.recordId)
            }
        }
    }
}
