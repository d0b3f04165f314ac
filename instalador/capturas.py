"""`make capturas`: dibuja cada pantalla y diálogo con la red de ejemplo y los guarda como PNG.

Sirven para el manual y el README, y para mirar de verdad lo que se construye. Sin argumentos hace las dos series:
la ventana en castellano (recursos/manual/capturas) y en portugués (recursos/manual/pt_BR/capturas), cada una en su
propio proceso, con el idioma fijado por ESCRITORIO_IDIOMA como lo haría la ventana al arrancar.
Uso: python instalador/capturas.py [--idioma es|pt_BR CARPETA]

Es una herramienta de construcción, como icono_programa.py: no viaja en el paquete `escritorio` que se ejecuta.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from escritorio.recursos import carpeta_recursos  # noqa: E402
from escritorio.servicios.base import abrir_base  # noqa: E402
from escritorio.servicios.contexto import Contexto  # noqa: E402
from escritorio.demo import crear_red_demo  # noqa: E402


def _guardar(widget: QWidget, carpeta: Path, nombre: str, tamano: tuple[int, int] | None = None) -> Path:
    if tamano:
        widget.resize(*tamano)
    widget.show()
    QApplication.processEvents()
    ruta = carpeta / f"{nombre}.png"
    widget.grab().save(str(ruta))
    print(f"  {ruta}")
    return ruta


def _esperar_los_proximos_pasos(panel, segundos: float = 30) -> None:
    """Inicio pide «Próximos pasos» a otro hilo: la captura espera a que lleguen."""
    import time

    limite = time.monotonic() + segundos
    while not (panel.listo and panel.agenda is not None) and time.monotonic() < limite:
        QApplication.processEvents()
        time.sleep(0.02)
    QApplication.processEvents()


def _archivo_con_errores(carpeta: Path) -> Path:
    from openpyxl import Workbook

    libro = Workbook()
    hoja = libro.active
    hoja.append(["Municipio", "Nación", "Habitantes", "Fecha de ingreso"])
    hoja.append(["Paysandú", "Uruguay", "76.412", "15/03/2001"])
    hoja.append(["Concordia", "Argentina", "muchos", "01/07/2003"])
    hoja.append(["Springfield", "Narnia", 30000, "31/02/2020"])
    ruta = carpeta / "padron-con-errores.xlsx"
    libro.save(ruta)
    return ruta


def capturar(carpeta: Path) -> list[Path]:
    from escritorio.interfaz.aplicacion import crear_aplicacion
    from escritorio.interfaz.dialogos.acerca import dialogo_acerca
    from escritorio.interfaz.dialogos.actividad import DialogoActividad
    from escritorio.interfaz.dialogos.cargar_norma import DialogoCargarNorma
    from escritorio.interfaz.dialogos.mandato import DialogoHistoriaMandatos, DialogoMandato
    from escritorio.interfaz.dialogos.organo import DialogoTraspaso
    from escritorio.interfaz.dialogos.reforma import DialogoReforma
    from escritorio.interfaz.dialogos.baja import DialogoBaja
    from escritorio.servicios.cobranza import morosidad
    from escritorio.interfaz.dialogos.bienvenida import AsistenteAsociacion, DialogoBienvenida
    from escritorio.interfaz.dialogos.escala import DialogoEscala
    from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
    from escritorio.interfaz.dialogos.importacion import AsistenteImportacion
    from escritorio.interfaz.dialogos.pago import DialogoPago
    from escritorio.interfaz.ventana_principal import VentanaPrincipal

    crear_aplicacion()
    carpeta.mkdir(parents=True, exist_ok=True)
    hechas = []
    with tempfile.TemporaryDirectory() as temporal:
        temporal = Path(temporal)
        db = abrir_base(temporal / "red-de-ejemplo.db")
        crear_red_demo(db)
        ajustes = QSettings(str(temporal / "ajustes.ini"), QSettings.Format.IniFormat)

        hechas.append(_guardar(DialogoBienvenida(), carpeta, "bienvenida"))
        asistente = AsistenteAsociacion(abrir_base(temporal / "vacia.db"))
        asistente.datos.nombre.setText("Red de Municipios del Litoral")
        asistente.datos.sigla.setText("RML")
        hechas.append(_guardar(asistente, carpeta, "asistente_asociacion_datos"))
        asistente.next()
        asistente.paises.fijar("AR", "pleno")
        asistente.paises.fijar("UY", "pleno")
        asistente.paises.fijar("BR", "asociado")
        hechas.append(_guardar(asistente, carpeta, "asistente_asociacion_paises"))
        asistente.close()

        ventana = VentanaPrincipal(db, ajustes)
        ventana.navegacion.setCurrentRow(0)
        ventana.resize(1200, 800)
        ventana.show()
        _esperar_los_proximos_pasos(ventana.inicio.proximos_pasos)   # los calcula otro hilo
        hechas.append(_guardar(ventana, carpeta, "inicio", (1200, 800)))
        hechas.append(_guardar(ventana.inicio.tarjeta_pasos, carpeta, "proximos_pasos"))
        ventana.navegacion.setCurrentRow(1)
        hechas.append(_guardar(ventana, carpeta, "miembros", (1200, 800)))
        ventana.miembros.busqueda.setText("sao paulo")
        hechas.append(_guardar(ventana, carpeta, "miembros_busqueda", (1200, 800)))
        ventana.miembros.busqueda.clear()

        asociacion = ventana.asociacion
        contexto = Contexto(db, asociacion["id"])
        rosario = next(m for m in ventana.miembros.modelo.miembros if m["nombre"] == "Rosario")
        ficha = DialogoFichaMiembro(db, asociacion, rosario["id"], ventana)
        for indice, nombre in enumerate(("datos", "poblacion", "autoridades", "estado")):
            ficha.pestanas.setCurrentIndex(indice)
            hechas.append(_guardar(ficha, carpeta, f"ficha_{nombre}"))
        ficha.close()
        nueva = DialogoFichaMiembro(db, asociacion, None, ventana)
        nueva.correo.setText("no-es-un-correo")
        nueva.guardar()
        hechas.append(_guardar(nueva, carpeta, "ficha_nuevo_con_errores"))
        nueva.close()
        hechas.append(_guardar(DialogoBaja(db, rosario["id"], rosario["nombre"], ventana), carpeta, "baja"))

        # Cuotas: cada pestaña (la emisión con la vista previa del año próximo), el pago, la escala y la cuenta.
        ventana.navegacion.setCurrentRow(2)
        cuotas = ventana.cuotas
        cuotas.emision.anio.setValue(cuotas.emision.anio.value() + 1)
        cuotas.emision.vista_previa()
        for indice, nombre in enumerate(("escalas", "emision", "cargos", "pagos", "morosidad", "avisos")):
            cuotas.pestanas.setCurrentIndex(indice)
            hechas.append(_guardar(ventana, carpeta, f"cuotas_{nombre}", (1200, 800)))
        deudor = morosidad(contexto)[0].miembro_id
        pago = DialogoPago(db, asociacion, padre=ventana)
        pago.elegir_miembro(deudor)
        pago._pagar_todo()
        pago.referencia.setText("TRF-20261123")
        hechas.append(_guardar(pago, carpeta, "cuotas_pago"))
        pago.close()
        escala = DialogoEscala(db, asociacion, ventana)
        hechas.append(_guardar(escala, carpeta, "cuotas_escala"))
        escala.fijar_tramos([("0", "150"), ("500.000", "600"), ("100.000", "1.200")])
        escala.guardar()
        hechas.append(_guardar(escala, carpeta, "cuotas_escala_con_errores"))
        escala.close()
        cuenta = DialogoFichaMiembro(db, asociacion, deudor, ventana)
        cuenta.pestanas.setCurrentIndex(cuenta.pestanas.count() - 1)
        hechas.append(_guardar(cuenta, carpeta, "ficha_cuenta"))
        cuenta.close()

        # Sesiones: la lista con el calendario, una sesión del Consejo de hoy (orden del día, asistencia con el
        # quórum en vivo, una votación por conteo, el acta) y un acta aprobada de la red de ejemplo.
        from datetime import date, timedelta

        from escritorio.servicios import sesiones as servicio_sesiones
        from escritorio.servicios.base import hoy
        from escritorio.servicios.organos import listar_organos
        from escritorio.interfaz.dialogos.sesion import DialogoConvocar

        organos = listar_organos(contexto)
        consejo = next(o["id"] for o in organos if o["nombre"] == "Consejo")
        sesion = servicio_sesiones.convocar(contexto, consejo, servicio_sesiones.NuevaSesion(
            fecha=hoy(), hora="10:00", lugar="Intendencia de Montevideo, Sala Ernesto de los Campos",
            convocada_el=hoy() - timedelta(days=10)))
        puntos_de_hoy = {}
        for titulo_punto, tipo in (("Informe de la Secretaría Ejecutiva", "informativo"),
                                   ("Aprobación de la escala de cuotas", "votacion"),
                                   ("Elección de la Vicepresidencia del Consejo", "eleccion"),
                                   ("Aprobación de la presente acta", "votacion")):
            puntos_de_hoy[tipo] = servicio_sesiones.agregar_punto(contexto, sesion, titulo_punto, tipo)
        integrantes = servicio_sesiones.asistencia(contexto, sesion).habilitados
        for integrante in integrantes[:len(integrantes) // 2 + 2]:
            servicio_sesiones.registrar_asistencia(contexto, sesion, integrante.miembro_id, "presente")
        from escritorio.servicios import elecciones as servicio_elecciones

        eleccion = puntos_de_hoy["eleccion"]
        servicio_elecciones.definir_eleccion(contexto, eleccion, servicio_elecciones.NuevaEleccion(
            consejo, "vicepresidente", date(hoy().year + 1, 1, 1), date(hoy().year + 2, 12, 31)))
        candidaturas = [servicio_elecciones.agregar_candidatura(contexto, eleccion, i.miembro_id, i.persona)
                        for i in integrantes[:3]]
        ventana.navegacion.setCurrentRow(ventana.areas.indexOf(ventana.sesiones))
        sesiones = ventana.sesiones
        sesiones.recargar(sesion)
        hechas.append(_guardar(ventana, carpeta, "sesiones", (1200, 800)))
        sesiones.abrir(sesion)
        editor = sesiones.editor
        for indice, nombre in enumerate(("orden", "asistencia", "votaciones", "acta")):
            editor.pestanas.setCurrentIndex(indice)
            if nombre == "votaciones":
                editor.votaciones.a_favor.setValue(6)
                editor.votaciones.en_contra.setValue(2)
                editor.votaciones.abstenciones.setValue(1)
            hechas.append(_guardar(ventana, carpeta, f"sesion_{nombre}", (1200, 800)))
        editor.pestanas.setCurrentIndex(2)
        editor.votaciones.seleccionar(eleccion)
        panel_eleccion = editor.votaciones.panel_eleccion
        for candidatura, votos in zip(candidaturas, (5, 2, 1)):
            panel_eleccion._contadores[candidatura].setValue(votos)
        panel_eleccion.blancos.setValue(1)
        hechas.append(_guardar(ventana, carpeta, "sesion_eleccion", (1200, 800)))
        aprobada = next(s for s in servicio_sesiones.listar_sesiones(contexto) if s["estado_acta"] == "aprobada")
        sesiones.abrir(aprobada["id"])
        editor.pestanas.setCurrentIndex(3)
        hechas.append(_guardar(ventana, carpeta, "sesion_acta_aprobada", (1200, 800)))
        sesiones.volver_a_la_lista()
        convocar = DialogoConvocar(db, asociacion, organos, sesiones.sesiones, consejo, hoy() + timedelta(days=7), ventana)
        hechas.append(_guardar(convocar, carpeta, "sesion_convocar"))
        convocar.close()

        importar = AsistenteImportacion(db, asociacion, ventana, ruta_inicial=str(_archivo_con_errores(temporal)))
        hechas.append(_guardar(importar, carpeta, "importacion_archivo", (900, 640)))
        importar.next()
        hechas.append(_guardar(importar, carpeta, "importacion_columnas", (900, 640)))
        nacion = importar.currentPage().combos[1]  # la columna «Nación» no se reconoce sola: se asigna a País
        nacion.setCurrentIndex(nacion.findData("pais"))
        hechas.append(_guardar(importar, carpeta, "importacion_columnas_corregidas", (900, 640)))
        importar.next()
        hechas.append(_guardar(importar, carpeta, "importacion_validacion", (900, 640)))
        importar.close()


        # Estatutos: el artículo 13 con su reforma de 2019 comparada; cargar un texto y registrar una reforma.
        ventana.navegacion.setCurrentRow(ventana.areas.indexOf(ventana.estatutos))
        ventana.estatutos.seleccionar_articulo("13")
        hechas.append(_guardar(ventana, carpeta, "estatutos", (1200, 800)))
        cargar = DialogoCargarNorma(db, asociacion, ventana)
        cargar.cargar_archivo(carpeta_recursos() / "datos" / "estatuto_demo.md")
        hechas.append(_guardar(cargar, carpeta, "estatutos_cargar_texto"))
        cargar.close()
        reforma = DialogoReforma(db, asociacion, ventana.estatutos.norma, ventana, numero="12")
        reforma.texto.setPlainText(reforma.texto.toPlainText().replace("una vez por año", "dos veces por año"))
        reforma.agregar()
        hechas.append(_guardar(reforma, carpeta, "estatutos_reforma"))
        reforma.close()

        # Órganos: el Consejo con su aviso de composición, la historia, la rotación y el traspaso.
        ventana.navegacion.setCurrentRow(ventana.areas.indexOf(ventana.organos))
        ventana.organos.seleccionar("Consejo")
        hechas.append(_guardar(ventana, carpeta, "organos", (1200, 800)))
        designar = DialogoMandato(db, asociacion, ventana.organos.organo, ventana.organos.miembros, ventana)
        designar.miembro.elegir(rosario["id"])
        hechas.append(_guardar(designar, carpeta, "organos_designar"))
        designar.close()
        from escritorio.interfaz.dialogos.reglas_sesion import DialogoReglasSesion

        reglas = DialogoReglasSesion(db, asociacion, ventana.organos.organo, ventana)
        hechas.append(_guardar(reglas, carpeta, "organos_reglas_sesion"))
        reglas.close()
        ventana.organos.seleccionar("Comisión Directiva")
        historia = DialogoHistoriaMandatos(db, asociacion, ventana.organos.organo, ventana)
        hechas.append(_guardar(historia, carpeta, "organos_historia"))
        historia.close()
        ventana.organos.pestanas.setCurrentIndex(1)
        hechas.append(_guardar(ventana, carpeta, "organos_rotacion", (1200, 800)))
        traspaso = DialogoTraspaso(db, asociacion, ventana.organos.miembros, ventana)
        hechas.append(_guardar(traspaso, carpeta, "organos_traspaso"))
        traspaso.close()
        ventana.organos.pestanas.setCurrentIndex(0)

        # Unidades temáticas: objetivos, coordinación, plan de trabajo y una actividad nueva.
        ventana.navegacion.setCurrentRow(ventana.areas.indexOf(ventana.unidades))
        hechas.append(_guardar(ventana, carpeta, "unidades", (1200, 800)))
        actividad = DialogoActividad(db, asociacion, ventana.unidades.unidad, ventana.unidades.miembros, None, ventana)
        actividad.titulo.setText("Taller de economía circular")
        hechas.append(_guardar(actividad, carpeta, "unidades_actividad"))
        actividad.close()

        hechas.append(_guardar(dialogo_acerca(ventana, str(temporal / "red-de-ejemplo.db")), carpeta, "acerca"))
        ventana.close()
        db.close()
    return hechas


# La carpeta de las capturas de cada idioma: la del manual en ese idioma (ver interfaz/dialogos/manual.py).
SERIES = {"es": Path("manual") / "capturas", "pt_BR": Path("manual") / "pt_BR" / "capturas"}


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "--idioma" and argv[1] in SERIES:
        # El idioma se fija antes de crear la aplicación, como al abrir Escritorio (idioma_elegido lo lee).
        os.environ["ESCRITORIO_IDIOMA"] = argv[1]
        carpeta = Path(argv[2])
        print(f"Capturas en {carpeta}:")
        capturar(carpeta)
        return 0
    if argv:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    for idioma, carpeta in SERIES.items():
        resultado = subprocess.run([sys.executable, __file__, "--idioma", idioma, str(carpeta_recursos() / carpeta)])
        if resultado.returncode:
            return resultado.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
