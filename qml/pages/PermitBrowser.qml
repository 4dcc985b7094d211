import QtQuick
import Outfall
import QtQuick.Controls

// The Permits tab: the searchable list, and a permit's page pushed over it.
StackView {
    id: stack

    // Opens a permit's page over the list (from Today or the map).
    function openPermit(permitId) {
        stack.pop(null);
        stack.push(detailPage, {
                "permitId": permitId
            });
    }

    initialItem: PermitsPage {
        onPermitChosen: permitId => stack.push(detailPage, {
                    "permitId": permitId
                })
    }

    Component {
        id: detailPage
        PermitDetailPage {
            onBack: stack.pop()
            onOpenInspection: inspectionId => stack.push(inspectionPage, {
                        "inspectionId": inspectionId
                    })
            onStartInspection: permitId => stack.push(inspectionPage, {
                        "permitId": permitId
                    })
        }
    }
    Component {
        id: inspectionPage
        InspectionPage {
            onBack: stack.pop()
        }
    }
}
