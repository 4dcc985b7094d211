import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// Every permit carried on the device, searchable by number, credit code or name.
Page {
    id: page
    signal permitChosen(string permitId)

    title: qsTr("Permits")

    PermitListModel {
        id: permits
        query: search.text
    }
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        OfSearchField {
            id: search
            Layout.fillWidth: true
            placeholderText: qsTr("Search permit number, credit code or name")
        }
        Label {
            Layout.fillWidth: true
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("%n permit(s)", "", permits.count)
        }
        ListView {
            Layout.fillHeight: true
            Layout.fillWidth: true
            clip: true
            model: permits

            delegate: PermitDelegate {
                width: ListView.view.width

                onClicked: page.permitChosen(permitId)
            }

            Label {
                anchors.centerIn: parent
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignHCenter
                text: search.text.length > 0 ? qsTr("No permit matches “%1”.").arg(search.text) : qsTr("No permits on this device yet. Sync to receive the permits of your assignments.")
                visible: permits.count === 0
                width: parent.width * 0.8
                wrapMode: Text.WordWrap
            }
        }
    }
}
