import QtQuick
import Outfall
import QtQuick.Controls
import QtQuick.Layouts
import Outfall.Models

// Far from the site: what a check would record is held until the inspector says to record
// it anyway (it is then marked far from the site) or cancels.
ColumnLayout {
    id: far

    required property OutletCheckController check

    spacing: Theme.spacing
    visible: far.check.farConfirmation.length > 0

    OfErrorText {
        text: far.check.farConfirmation
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        OfButton {
            text: qsTr("Record anyway, marked far from the site")

            onClicked: far.check.confirmFar()
        }
        OfButton {
            primary: false
            text: qsTr("Cancel")

            onClicked: far.check.cancelFar()
        }
    }
}
