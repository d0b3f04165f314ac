"""La sesión en la ventana: `editor` (el editor de una sesión, con sus pestañas), cada pestaña en su módulo (`orden`,
`asistencia`, `votaciones`, `acta`, `mociones`, `enmiendas`, `oradores`), lo que ellas ven del editor
(`protocolo_del_editor`, un `Protocol`: no lo importan de vuelta), las piezas comunes (`piezas`), los diálogos de
convocar, punto, invitado, cierre, resolución y fe de erratas (`formularios`) y la aprobación del acta
(`aprobacion`). Este paquete no importa nada: la lista de sesiones usa las piezas sin cargar el editor."""
