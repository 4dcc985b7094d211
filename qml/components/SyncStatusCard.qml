import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// The sync state: last sync, what is waiting, the last error in plain words with what
// happens next, and Sync now. All state is SyncController's.
Rectangle {
    id: card
    border.color: SyncController.state === SyncController.Error ? Theme.danger : Theme.divider
    border.width: 2
    color: Theme.surface
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    implicitWidth: 420
    radius: 6

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Label {
            Layout.fillWidth: true
            color: Theme.text
            font.bold: true
            font.pixelSize: Theme.fontTitle
            text: qsTr("Sync")
        }
        Label {
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: Theme.fontBody
            text: qsTr("Last sync: %1").arg(SyncController.lastSyncText)
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.text
            font.pixelSize: Theme.fontBody
            text: SyncController.pendingText
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            text: SyncController.refusedText
            visible: text.length > 0
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.danger
            font.bold: true
            font.pixelSize: Theme.fontBody
            text: SyncController.lastError
            visible: text.length > 0
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: SyncController.nextStep
            visible: text.length > 0
            wrapMode: Text.WordWrap
        }
        ProgressBar {
            Layout.fillWidth: true
            value: SyncController.progress
            visible: SyncController.state === SyncController.Syncing
        }
        OfButton {
            Layout.fillWidth: true
            enabled: SyncController.state !== SyncController.Syncing
            text: SyncController.state === SyncController.Syncing ? qsTr("Syncing…") : qsTr("Sync now")

            onClicked: SyncController.syncNow()
        }
    }
}
