import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts

// One stop of today's route: its number (a tick once done), the enterprise, permit and due
// date, the distance from here, where its inspection stands, and a big Open button.
Rectangle {
    id: delegate

    required property string address
    required property string distanceText
    required property bool done
    required property string dueOn
    required property string enterpriseName
    required property string inspectionState
    required property string inspectionStateText
    required property string permitId
    required property string permitNumber
    required property int stop

    signal open(string permitId)

    border.color: Theme.divider
    border.width: 1
    color: delegate.done ? Theme.surface : Theme.background
    implicitHeight: Math.max(Theme.touchTarget + 2 * Theme.spacing, row.implicitHeight + 2 * Theme.spacing)
    radius: 6

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Rectangle {
            Layout.preferredHeight: Theme.touchTarget
            Layout.preferredWidth: Theme.touchTarget
            color: delegate.done ? Theme.ok : Theme.accent
            radius: Theme.touchTarget / 2

            Label {
                anchors.centerIn: parent
                color: Theme.textOnAccent
                font.bold: true
                font.pixelSize: Theme.fontTitle
                text: delegate.done ? "✓" : delegate.stop > 0 ? delegate.stop : "–"
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                color: Theme.text
                elide: Text.ElideRight
                font.bold: true
                font.pixelSize: Theme.fontBody
                maximumLineCount: 2
                text: delegate.enterpriseName
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: delegate.permitNumber
                wrapMode: Text.Wrap
            }
            // A line of its own: a date is never broken between two lines.
            Label {
                Layout.fillWidth: true
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Due %1").arg(delegate.dueOn)
                visible: delegate.dueOn.length > 0
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.fontSmall
                text: delegate.distanceText
            }
            Label {
                Layout.fillWidth: true
                color: delegate.done ? Theme.ok : delegate.inspectionState === "returned" || delegate.inspectionState === "refused" || delegate.inspectionState === "needs_signing" ? Theme.danger : Theme.textMuted
                font.bold: delegate.inspectionState.length > 0
                font.pixelSize: Theme.fontSmall
                text: delegate.inspectionStateText
                wrapMode: Text.Wrap
            }
        }
        OfButton {
            text: qsTr("Open")

            onClicked: delegate.open(delegate.permitId)
        }
    }
}
