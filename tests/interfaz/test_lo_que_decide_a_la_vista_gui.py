"""Issue 61 §7: en una pantalla de 1024×600 se ve, sin desplazarse, lo que decide algo: «Agregar tramo» en «Nueva
escala» y «Rige desde» en la resolución que admite. Cada diálogo se abre en una pantalla de 1024×600 de verdad (la de
la plataforma offscreen, que se fija antes de crear la aplicación: por eso en un subproceso, este mismo archivo como
guion) y se mira que el control entero quede dentro de lo que se ve: ni fuera del diálogo ni escondido en el área que
se desplaza."""

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

AQUI = Path(__file__).resolve()


def test_agregar_tramo_y_rige_desde_se_ven_sin_desplazarse(demo_abierta, copia_de_la_demo, tmp_path):
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.ficha import registrar_solicitud
    from escritorio.servicios.reglas_de_admision import fijar_reglas_de_admision
    from test_admision_en_la_ventana import SESION, _punto_aprobado

    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    fijar_reglas_de_admision(contexto, admision_dias=10, articulo_admision="Estatuto, art. 8")
    for ciudad in ("Sunchales", "Rafaela", "Esperanza"):
        registrar_solicitud(contexto, ciudad, "AR", poblacion=21000, anio_poblacion=2022,
                            fecha=date.today() - timedelta(days=30))
    sesion, punto = _punto_aprobado(contexto, "Admisión de Sunchales", "admision")
    db.conn.execute("PRAGMA wal_checkpoint(FULL)")
    entorno = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    entorno.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "datos"), PYTHONIOENCODING="utf-8")
    hecho = subprocess.run([sys.executable, str(AQUI), str(copia_de_la_demo), str(sesion), str(punto),
                            SESION.isoformat()], env=entorno, capture_output=True, text=True, encoding="utf-8",
                           timeout=120)
    assert hecho.returncode == 0, hecho.stderr
    visto = json.loads(hecho.stdout.strip().splitlines()[-1])
    assert visto["pantalla"] == [1024, 600]
    assert visto["escala"] == {"agregar": True, "quitar": True}, visto
    assert visto["resolucion"] == {"desde": True}, visto


def _a_la_vista(widget, dialogo) -> bool:
    """Si el widget entero se ve: ningún contenedor hasta el diálogo lo recorta (tampoco el área que se desplaza)."""
    from PySide6.QtCore import QPoint, QRect

    visible = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    completo = QRect(visible)
    actual = widget.parentWidget()
    while actual is not None:
        visible = visible.intersected(QRect(actual.mapToGlobal(QPoint(0, 0)), actual.size()))
        if actual is dialogo:
            break
        actual = actual.parentWidget()
    return widget.isVisible() and visible == completo


def _principal(argumentos: list[str]) -> int:
    sys.path.insert(0, str(AQUI.parents[1]))
    sys.path.insert(0, str(AQUI.parents[2]))
    from dialogos_en_pantalla import configurar_pantalla

    configurar_pantalla(1024, 600)
    from PySide6.QtWidgets import QApplication

    from escritorio.interfaz.aplicacion import crear_aplicacion
    from escritorio.interfaz.dialogos.escala import DialogoEscala
    from escritorio.interfaz.dialogos.sesion.formularios import DialogoResolucion
    from escritorio.servicios.asociaciones import listar_asociaciones
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.oficina import Oficina

    aplicacion = crear_aplicacion()
    base, sesion, punto, fecha = argumentos[0], int(argumentos[1]), int(argumentos[2]), argumentos[3]
    db = abrir_base(base)
    oficina = Oficina(db, listar_asociaciones(db)[0])

    def mostrar(dialogo):
        dialogo.show()
        for _ in range(5):
            QApplication.processEvents()
        return dialogo

    escala = mostrar(DialogoEscala(oficina))
    resolucion = mostrar(DialogoResolucion(oficina, {"id": punto, "sesion_id": sesion, "titulo": "Admisión",
                                                     "tipo_decision": "admision"}, fecha_sesion=fecha))
    pantalla = aplicacion.primaryScreen().geometry()
    print(json.dumps({"pantalla": [pantalla.width(), pantalla.height()],
                      "escala": {"agregar": _a_la_vista(escala.boton_agregar, escala),
                                 "quitar": _a_la_vista(escala.boton_quitar, escala)},
                      "resolucion": {"desde": _a_la_vista(resolucion.desde, resolucion)}}))
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(_principal(sys.argv[1:]))
