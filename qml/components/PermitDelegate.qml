import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts

// One permit in a list: enterprise name, permit number, validity, outlet count.
ItemDelegate {
    id: delegate

    required property string name
    required property string nameEn
    required property string number
    required property int outletCount
    required property string permitId
    required property string validTo

    implicitHeight: Math.max(Theme.touchTarget + 24, column.implicitHeight + 20)

    contentItem: ColumnLayout {
        id: column
        spacing: 2

        Label {
            Layout.fillWidth: true
            color: Theme.text
            elide: Text.ElideRight
            font.bold: true
            font.pixelSize: Theme.fontBody
            maximumLineCount: 2
            text: delegate.name
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.textMuted
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 2
            text: qsTr("%1 · valid to %2 · %n outlet(s)", "", delegate.outletCount).arg(delegate.number).arg(delegate.validTo)
            wrapMode: Text.Wrap
        }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        color: Theme.divider
        height: 1
        width: parent.width
    }
}
