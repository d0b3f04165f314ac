"""Issue 13, punto 4: las cartas de aviso de deuda dicen solo cosas ciertas. El año de una secretaría:
en mayo sale el primer lote (la primera carta de cada miembro no habla de avisos anteriores; Salto, que ya
debe dos cuotas, recibe la carta del voto suspendido con el artículo); en julio, el segundo (Rosario recibe su
segundo aviso, que cita la fecha del primero). Las cartas van a la autoridad del padrón por nombre y cargo.
Se lee el texto del PDF que escribe el servicio, como lo leería quien lo recibe."""

from datetime import date

from pypdf import PdfReader

from escritorio.dominio.ficha import FichaMiembro
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import definir_escala, escala_desde_texto, fijar_regla_de_voto
from escritorio.servicios.emision_de_cuotas import emitir
from escritorio.servicios.ficha import guardar_ficha, registrar_autoridad
from escritorio.servicios.cobranza import preparar_avisos
from escritorio.servicios.informes_cuotas import generar_avisos
from escritorio.servicios.pagos import NuevoPago, registrar_pago


def _paginas(ruta) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(ruta)).pages]


def test_el_anio_de_las_cartas_de_aviso(db, ruta_db, asociacion_id, tmp_path):
    ids = {nombre: guardar_ficha(Contexto(db, asociacion_id), FichaMiembro(nombre=nombre, pais=pais,
                                                                        fecha_ingreso=date(2000, 1, 1)),
                                 poblacion=(250_000, 2020, "Censo"))
           for nombre, pais in (("Rosario", "AR"), ("Salto", "UY"), ("Paraná", "AR"))}
    registrar_autoridad(db, ids["Rosario"], "Pablo Javkin", "Intendente", date(2023, 12, 10))
    definir_escala(Contexto(db, asociacion_id), escala_desde_texto(date(2002, 1, 1), "USD", "0:100,100000:500"))
    fijar_regla_de_voto(Contexto(db, asociacion_id), 2, "Estatuto, art. 9")
    emitir(Contexto(db, asociacion_id), 2024)
    emitir(Contexto(db, asociacion_id), 2025)
    registrar_pago(Contexto(db, asociacion_id), NuevoPago(ids["Rosario"], date(2024, 3, 1), "500.00",
                                                       "USD"))   # 2024 pagada
    registrar_pago(Contexto(db, asociacion_id), NuevoPago(ids["Paraná"], date(2024, 3, 1), "1000.00", "USD"))   # al día
    db.close()

    # Mayo: el primer lote.
    db = abrir_base(ruta_db)
    mayo = tmp_path / "avisos-mayo.pdf"
    assert generar_avisos(Contexto(db, asociacion_id), mayo, date(2025, 5, 15)).cantidad == 2
    rosario, salto = _paginas(mayo)
    assert "Pablo Javkin Intendente Rosario Argentina Presente" in rosario      # por nombre y cargo
    assert "Ref.: Recordatorio de cuotas pendientes" in rosario
    assert "anterior" not in rosario and "nuevamente" not in rosario             # es la primera carta

    assert "A las autoridades de Salto Uruguay Presente" in salto               # sin autoridad en el padrón
    assert "Ref.: Derecho a voto suspendido por cuotas impagas" in salto
    assert "Salto adeuda dos cuotas anuales vencidas" in salto
    assert "(Estatuto, art. 9) suspenden el derecho a voto" in salto
    assert "a la fecha, Salto tiene suspendido su derecho a voto" in salto
    # Antes: «Aviso final… luego de los avisos enviados anteriormente… Es nuestro deseo que Salto conserve…».
    assert "anterior" not in salto and "Aviso final" not in salto and "conserve" not in salto
    db.close()

    # Julio: el segundo lote. Rosario ya recibió una carta: ahora sí es un segundo aviso, con la fecha del primero.
    # El 1 de julio todavía no: entre el 1.º y el 2.º aviso van los 60 días que separan sus escalones (30 y 90).
    db = abrir_base(ruta_db)
    assert preparar_avisos(Contexto(db, asociacion_id), date(2025, 7, 1)) == []
    julio = tmp_path / "avisos-julio.pdf"
    assert generar_avisos(Contexto(db, asociacion_id), julio, date(2025, 7, 15)).cantidad == 2
    rosario, salto = _paginas(julio)
    assert "Ref.: Segundo aviso de cuotas pendientes" in rosario
    assert "nuevamente, en relación con nuestro aviso del 15 de mayo de 2025" in rosario
    assert "Pablo Javkin Intendente Rosario" in rosario
    # Salto sigue suspendido: la carta de su caso, que ahora sí recuerda la anterior.
    assert "Ref.: Derecho a voto suspendido por cuotas impagas" in salto
    assert "nuevamente, en relación con nuestro aviso del 15 de mayo de 2025" in salto
    db.close()
